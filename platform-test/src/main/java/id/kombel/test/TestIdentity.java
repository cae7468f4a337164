package id.kombel.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in for membership-service's token issuer in other services' tests: an RSA key published as
 * a JWKS on a local port (the services fetch it exactly as they fetch membership-service's), and
 * tokens for any member, role or region — valid ones and every kind of forged one.
 */
public final class TestIdentity {

    public static final String ISSUER = "urn:kombel:membership";
    public static final String AUDIENCE = "kombel-api";

    private static TestIdentity shared;

    private final RSAKey key;
    private final RSAKey strangerKey;
    private final HttpServer server;

    private TestIdentity() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            strangerKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
    }

    /** The identity every test context of this JVM trusts. */
    public static synchronized TestIdentity shared() {
        if (shared == null) {
            shared = new TestIdentity();
        }
        return shared;
    }

    public String jwksUri() {
        return "http://localhost:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** A valid access token for a member with the MEMBER role. */
    public String member(String memberId) {
        return sign(claims(memberId, List.of("MEMBER"), List.of()).build(), key);
    }

    /** A valid access token for an admin of the given regions. */
    public String regionAdmin(String memberId, String... regions) {
        return sign(
                claims(memberId, List.of("MEMBER", "REGION_ADMIN"), Arrays.asList(regions))
                        .build(),
                key);
    }

    public String platformAdmin(String memberId) {
        return sign(
                claims(memberId, List.of("MEMBER", "PLATFORM_ADMIN"), List.of()).build(), key);
    }

    public String expired(String memberId) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(
                claims(memberId, List.of("MEMBER"), List.of())
                        .issueTime(Date.from(past))
                        .expirationTime(Date.from(past.plus(Duration.ofMinutes(15))))
                        .build(),
                key);
    }

    public String wrongIssuer(String memberId) {
        return sign(
                claims(memberId, List.of("MEMBER"), List.of())
                        .issuer("urn:evil")
                        .build(),
                key);
    }

    public String wrongAudience(String memberId) {
        return sign(
                claims(memberId, List.of("MEMBER"), List.of())
                        .audience("another-api")
                        .build(),
                key);
    }

    /** Correctly signed, but without {@code exp}: a token that would never expire. */
    public String withoutExpiry(String memberId) {
        return sign(
                claims(memberId, List.of("MEMBER"), List.of())
                        .expirationTime(null)
                        .build(),
                key);
    }

    /** Correctly signed, but without {@code sub}: a token that names no member. */
    public String withoutSubject(String memberId) {
        return sign(claims(memberId, List.of("MEMBER"), List.of()).subject(null).build(), key);
    }

    /** Signed by a key nobody published, under the trusted key's id. */
    public String signedByStranger(String memberId) {
        return sign(claims(memberId, List.of("MEMBER"), List.of()).build(), strangerKey);
    }

    /** {@code alg: none}: no signature at all. */
    public String unsigned(String memberId) {
        return new PlainJWT(claims(memberId, List.of("MEMBER", "PLATFORM_ADMIN"), List.of())
                        .build())
                .serialize();
    }

    /** HS256 with the public key as the shared secret: the classic algorithm-confusion forgery. */
    public String hmacWithPublicKey(String memberId) {
        try {
            byte[] secret = key.toPublicJWK().toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims(memberId, List.of("MEMBER", "PLATFORM_ADMIN"), List.of())
                            .build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token whose payload was changed afterwards (roles raised), signature kept. */
    public String tampered(String memberId) {
        String[] parts = member(memberId).split("\\.");
        String forged = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims(memberId, List.of("MEMBER", "PLATFORM_ADMIN"), List.of())
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + forged + "." + parts[2];
    }

    private static JWTClaimsSet.Builder claims(String memberId, List<String> roles, List<String> regions) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(memberId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .claim("roles", roles)
                .claim("adminRegions", regions);
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(with.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
