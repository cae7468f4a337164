package id.kombel.platform.security;

/** Names of the claims Kombel access tokens carry beyond the registered ones. */
public final class TokenClaims {

    /** Platform roles, for example {@code ["MEMBER","REGION_ADMIN"]}. */
    public static final String ROLES = "roles";
    /** Ids of the regions the member administers. */
    public static final String ADMIN_REGIONS = "adminRegions";

    private TokenClaims() {}
}
