package id.kombel.membership.member;

import id.kombel.platform.security.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member as the sign-in sees them: who they are, what roles their tokens carry, and whether
 * sign-in is locked. The password hash stays inside this package.
 */
public final class MemberAccount {

    private final String memberId;
    private final Set<Role> roles;
    private final Set<String> adminRegions;
    private final @Nullable Instant signInLockedUntil;
    private final String passwordHash;

    MemberAccount(
            String memberId,
            Set<Role> roles,
            Set<String> adminRegions,
            @Nullable Instant signInLockedUntil,
            String passwordHash) {
        this.memberId = memberId;
        this.roles = Set.copyOf(roles);
        this.adminRegions = Set.copyOf(adminRegions);
        this.signInLockedUntil = signInLockedUntil;
        this.passwordHash = passwordHash;
    }

    public String memberId() {
        return memberId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Set<String> adminRegions() {
        return adminRegions;
    }

    /** Until when sign-in is refused after repeated failures; empty when it is not locked. */
    public Optional<Instant> signInLockedUntil() {
        return Optional.ofNullable(signInLockedUntil);
    }

    String passwordHash() {
        return passwordHash;
    }
}
