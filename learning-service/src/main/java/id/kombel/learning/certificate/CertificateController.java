package id.kombel.learning.certificate;

import id.kombel.learning.registration.Registration;
import id.kombel.membership.replica.Communities;
import id.kombel.membership.replica.CommunityReplica;
import id.kombel.membership.replica.RegionReplica;
import id.kombel.membership.replica.Regions;
import id.kombel.platform.web.NotFoundException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public: a school or an education office checks a certificate by its code, without an account. */
@RestController
class CertificateController {

    /** Codes are 20 characters of Crockford's base32; anything else is not looked up at all. */
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{20}");

    private final MongoTemplate mongo;
    private final Communities communities;
    private final Regions regions;

    CertificateController(MongoTemplate mongo, Communities communities, Regions regions) {
        this.mongo = mongo;
        this.communities = communities;
        this.regions = regions;
    }

    @GetMapping("/api/v1/certificates/{code}/verification")
    CertificateVerification verify(@PathVariable String code) {
        Registration registration = CODE.matcher(code).matches()
                ? mongo.findOne(Query.query(Criteria.where("certificateCode").is(code)), Registration.class)
                : null;
        if (registration == null || !registration.credited()) {
            throw new NotFoundException("certificate", code);
        }
        return new CertificateVerification(
                code,
                true,
                registration.memberId(),
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
