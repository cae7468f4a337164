package id.kombel.platform.security;

/** What a caller may do platform-wide; community roles (lead, co-lead) live in memberships. */
public enum Role {
    MEMBER,
    REGION_ADMIN,
    PLATFORM_ADMIN
}
