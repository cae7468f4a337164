package id.kombel.membership.member;

import id.kombel.membership.MembershipTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import id.kombel.platform.security.Role;
import id.kombel.platform.web.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member: their account (email, password hash), their profile and their platform roles.
 *
 * <p>The same document also holds {@value MemberAccounts#SIGN_IN} (consecutive failed sign-ins and a
 * lock), written by {@link MemberAccounts} with atomic updates. It is deliberately not a field here:
 * the aggregate store only rewrites mapped fields, so a profile update never resets a failure count
 * and a failed sign-in never changes the member's version (the profile's ETag).
 */
@Document("members")
@AggregateTopic(MembershipTopics.MEMBER)
class Member extends AggregateRoot {

    /** Regions a single member may administer; keeps the document bounded. */
    static final int MAX_ADMIN_REGIONS = 100;

    private String email;

    /** The email as compared: unique whatever the case the member typed it in. */
    @Indexed(unique = true)
    private String emailKey;

    private String passwordHash;
    private @Nullable String regionId;
    private Profile profile;
    private boolean platformAdmin;
    private List<String> adminRegions = new ArrayList<>();
    private Instant registeredAt;

    @PersistenceCreator
    Member() {}

    private Member(
            String id,
            EmailAddress email,
            String passwordHash,
            @Nullable String regionId,
            Profile profile,
            boolean platformAdmin,
            Instant now) {
        super(id);
        this.email = email.address();
        this.emailKey = email.key();
        this.passwordHash = passwordHash;
        this.regionId = regionId;
        this.profile = profile;
        this.platformAdmin = platformAdmin;
        this.registeredAt = now;
    }

    static Member register(
            String id, EmailAddress email, String passwordHash, String regionId, Profile profile, Instant now) {
        Member member = new Member(id, email, passwordHash, regionId, profile, false, now);
        member.raiseRegistered();
        return member;
    }

    /** The first platform admin, from configuration: no region, no educator profile yet. */
    static Member bootstrapPlatformAdmin(String id, EmailAddress email, String passwordHash, String name, Instant now) {
        Member member = new Member(
                id,
                email,
                passwordHash,
                null,
                Profile.atRegistration(name, null, List.of(), List.of(), null),
                true,
                now);
        member.raiseRegistered();
        return member;
    }

    private void raiseRegistered() {
        raise(new MemberRegistered(
                id(), regionId, profile.name(), profile.educatorType(), profile.levels(), profile.subjects()));
    }

    /**
     * Replaces the profile. Raises {@link MemberProfileUpdated} only when what other services may show
     * changed: a new school or a private self-assessment is nobody else's business.
     *
     * @return whether anything changed
     */
    boolean updateProfile(Profile updated) {
        if (profile.equals(updated)) {
            return false;
        }
        Profile.SharedProfile before = profile.shared();
        this.profile = updated;
        Profile.SharedProfile after = updated.shared();
        if (!before.equals(after)) {
            raise(new MemberProfileUpdated(
                    id(), regionId, after.name(), after.educatorType(), after.levels(), after.subjects()));
        }
        return true;
    }

    /** @return false when the member already administers the region (nothing changes) */
    boolean appointRegionAdmin(String region) {
        if (adminRegions.contains(region)) {
            return false;
        }
        if (adminRegions.size() >= MAX_ADMIN_REGIONS) {
            throw new RuleViolationException(
                    "too-many-admin-regions",
                    "member " + id() + " already administers " + MAX_ADMIN_REGIONS + " regions",
                    MAX_ADMIN_REGIONS);
        }
        adminRegions = new ArrayList<>(adminRegions);
        adminRegions.add(region);
        raise(new RegionAdminAppointed(id(), region));
        return true;
    }

    /** @return false when the member did not administer the region (nothing changes) */
    boolean revokeRegionAdmin(String region) {
        if (!adminRegions.contains(region)) {
            return false;
        }
        adminRegions = new ArrayList<>(adminRegions);
        adminRegions.remove(region);
        raise(new RegionAdminRevoked(id(), region));
        return true;
    }

    /** Every member is a MEMBER; the admin roles follow from what they were appointed to. */
    Set<Role> roles() {
        Set<Role> roles = EnumSet.of(Role.MEMBER);
        if (!adminRegions.isEmpty()) {
            roles.add(Role.REGION_ADMIN);
        }
        if (platformAdmin) {
            roles.add(Role.PLATFORM_ADMIN);
        }
        return roles;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    @Nullable
    String regionId() {
        return regionId;
    }

    Profile profile() {
        return profile;
    }

    boolean isPlatformAdmin() {
        return platformAdmin;
    }

    List<String> adminRegions() {
        return List.copyOf(adminRegions);
    }

    Instant registeredAt() {
        return registeredAt;
    }
}
