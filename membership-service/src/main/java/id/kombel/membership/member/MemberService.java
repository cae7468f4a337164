package id.kombel.membership.member;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.kombel.membership.region.Regions;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.Versions;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Member use cases; the rules live in {@link Member}, {@link Profile} and {@link PasswordPolicy}. */
@Service
class MemberService {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Regions regions;
    private final PasswordPolicy policy;
    private final Passwords passwords;
    private final Clock clock;

    MemberService(
            AggregateStore store,
            MongoTemplate mongo,
            Regions regions,
            PasswordPolicy policy,
            Passwords passwords,
            Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.regions = regions;
        this.policy = policy;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * The unique index on the email key decides between two registrations racing for one address;
     * the look-up before it only spares hashing a password for an address that is plainly taken.
     */
    Member register(RegistrationRequest request) {
        EmailAddress email = EmailAddress.of(request.email());
        policy.check(request.password(), email);
        regions.require(request.regionId());
        if (mongo.exists(query(where("emailKey").is(email.key())), Member.class)) {
            throw new EmailTakenException();
        }
        Member member = Member.register(
                UUID.randomUUID().toString(),
                email,
                passwords.hash(request.password()),
                request.regionId(),
                Profile.atRegistration(
                        request.name(),
                        request.school(),
                        request.subjects() == null ? List.of() : request.subjects(),
                        request.levels() == null ? List.of() : List.copyOf(request.levels()),
                        request.educatorType()),
                clock.instant());
        try {
            return store.insert(member);
        } catch (DuplicateKeyException e) {
            throw new EmailTakenException();
        }
    }

    Member me(Caller caller) {
        return get(caller.memberId());
    }

    Member updateProfile(Caller caller, @Nullable String ifMatch, ProfileUpdate update) {
        Member member = get(caller.memberId());
        Versions.checkIfMatch(ifMatch, member.version(), "member", member.id());
        return member.updateProfile(update.toProfile()) ? store.update(member) : member;
    }

    /**
     * A member as a peer sees them. Until memberships exist, every signed-in member counts as a peer
     * (the "community" audience); the communities feature narrows this to members who share a
     * community.
     */
    PeerProfileResponse peerView(String memberId) {
        return PeerProfileResponse.sharedBy(get(memberId));
    }

    void appointRegionAdmin(Caller caller, String regionId, String memberId) {
        requirePlatformAdmin(caller);
        regions.require(regionId);
        Member member = get(memberId);
        if (member.appointRegionAdmin(regionId)) {
            store.update(member);
        }
    }

    void revokeRegionAdmin(Caller caller, String regionId, String memberId) {
        requirePlatformAdmin(caller);
        regions.require(regionId);
        Member member = get(memberId);
        if (member.revokeRegionAdmin(regionId)) {
            store.update(member);
        }
    }

    private Member get(String memberId) {
        return store.findById(memberId, Member.class).orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private static void requirePlatformAdmin(Caller caller) {
        if (!caller.isPlatformAdmin()) {
            throw new ForbiddenException(caller.memberId() + " is not a platform admin");
        }
    }
}
