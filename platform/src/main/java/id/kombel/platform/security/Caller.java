package id.kombel.platform.security;

import java.util.Set;

/**
 * The authenticated member behind a request, from the access token: who they are, their platform
 * roles, and the regions they administer.
 */
public record Caller(String memberId, Set<Role> roles, Set<String> adminRegions) {

    public Caller {
        roles = Set.copyOf(roles);
        adminRegions = Set.copyOf(adminRegions);
    }

    public boolean isPlatformAdmin() {
        return roles.contains(Role.PLATFORM_ADMIN);
    }

    /** Platform admins administer every region; region admins the regions they were appointed to. */
    public boolean administers(String regionId) {
        return isPlatformAdmin() || (roles.contains(Role.REGION_ADMIN) && adminRegions.contains(regionId));
    }

    public boolean is(String otherMemberId) {
        return memberId.equals(otherMemberId);
    }
}
