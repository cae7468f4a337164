package id.kombel.learning.certificate;

import id.kombel.learning.member.MemberNames;
import id.kombel.learning.registration.Registration;
import id.kombel.membership.replica.Communities;
import id.kombel.membership.replica.CommunityReplica;
import id.kombel.membership.replica.CommunityRole;
import id.kombel.membership.replica.Memberships;
import id.kombel.membership.replica.RegionReplica;
import id.kombel.membership.replica.Regions;
import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.NotFoundException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Certificates are credited registrations, found by their code (unique sparse index). */
@Service
class Certificates {

    /** Codes are 20 characters of Crockford's base32; anything else is not looked up at all. */
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{20}");

    private final MongoTemplate mongo;
    private final Communities communities;
    private final Regions regions;
    private final Memberships memberships;
    private final MemberNames names;

    Certificates(
            MongoTemplate mongo, Communities communities, Regions regions, Memberships memberships, MemberNames names) {
        this.mongo = mongo;
        this.communities = communities;
        this.regions = regions;
        this.memberships = memberships;
        this.names = names;
    }

    /** Anyone may verify a code: 404 for a code that is not a certificate. */
    CertificateVerification verify(String code) {
        return describe(require(code));
    }

    /**
     * The certificate as a document to print: for its holder and the leads of the community that issued
     * it (403 for anyone else; the code's existence is public through the verification anyway).
     */
    CertificateVerification printable(Caller caller, String code) {
        Registration registration = require(code);
        boolean leads = memberships
                .roleOf(registration.communityId(), caller.memberId())
                .map(CommunityRole::isLeader)
                .orElse(false);
        if (!caller.is(registration.memberId()) && !leads) {
            throw new ForbiddenException(caller.memberId() + " may not print certificate " + code);
        }
        return describe(registration);
    }

    private Registration require(String code) {
        Registration registration = CODE.matcher(code).matches()
                ? mongo.findOne(Query.query(Criteria.where("certificateCode").is(code)), Registration.class)
                : null;
        if (registration == null || !registration.credited()) {
            throw new NotFoundException("certificate", code);
        }
        return registration;
    }

    private CertificateVerification describe(Registration registration) {
        boolean erased = ErasedMembers.FORMER_MEMBER.equals(registration.memberId());
        @Nullable
        String holderName =
                erased ? null : names.nameOf(registration.memberId()).orElse(null);
        return new CertificateVerification(
                Objects.requireNonNull(registration.certificateCode()),
                true,
                registration.memberId(),
                holderName,
                erased,
                registration.activityId(),
                registration.title(),
                LocalDate.parse(Objects.requireNonNull(registration.heldOn())),
                registration.creditedJp(),
                registration.creditedMinutes(),
                registration.competencies(),
                registration.communityId(),
                communities
                        .find(registration.communityId())
                        .map(CommunityReplica::name)
                        .orElse(null),
                registration.regionId(),
                regions.find(registration.regionId()).map(RegionReplica::name).orElse(null),
                Objects.requireNonNull(registration.certificateIssuedAt()));
    }
}
