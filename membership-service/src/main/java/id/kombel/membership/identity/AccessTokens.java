package id.kombel.membership.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.kombel.membership.member.MemberAccount;
import id.kombel.platform.security.SecurityProperties;
import id.kombel.platform.security.TokenClaims;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Signs access tokens: RS256 with the current key (named in {@code kid}), for the platform's issuer
 * and audience, carrying the member's roles and administered regions as they are at issue time.
 */
@Component
class AccessTokens {

    private final SigningKeys keys;
    private final SecurityProperties security;
    private final IdentityProperties properties;
    private final Clock clock;

    AccessTokens(SigningKeys keys, SecurityProperties security, IdentityProperties properties, Clock clock) {
        this.keys = keys;
        this.security = security;
        this.properties = properties;
        this.clock = clock;
    }

    String issue(MemberAccount account) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(security.issuer())
                .audience(security.audience())
                .subject(account.memberId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.accessTokenTtl())))
                .jwtID(UUID.randomUUID().toString())
                .claim(
                        TokenClaims.ROLES,
                        account.roles().stream().map(Enum::name).sorted().toList())
                .claim(
                        TokenClaims.ADMIN_REGIONS,
                        account.adminRegions().stream().sorted().toList())
                .build();
        KeyRing.Entry key = keys.current();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key.key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token with key " + key.kid(), e);
        }
        return jwt.serialize();
    }

    long ttlSeconds() {
        return properties.accessTokenTtl().toSeconds();
    }
}
