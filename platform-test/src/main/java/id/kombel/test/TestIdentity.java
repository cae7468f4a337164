package id.kombel.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for membership-service's token issuer in other services' tests: an RSA key published as
 * a JWKS on a local port (the services fetch it exactly as they fetch membership-service's), and
 * tokens for any member, role or region — valid ones and every kind of forged one. The gateway's
 * tests also rotate its keys and take it offline.
 */
public final class TestIdentity {

    public static final String ISSUER = "urn:kombel:membership";
    public static final String AUDIENCE = "kombel-api";

    private static TestIdentity shared;

    private final RSAKey key = newKey();
    private final RSAKey strangerKey;
    private final List<JWK> published = new CopyOnWriteArrayList<>(List.of(key.toPublicJWK()));
    private final AtomicInteger fetches = new AtomicInteger();
    private final int port;
    private volatile HttpServer server;
    private boolean online = true;

    private TestIdentity() {
        try {
            strangerKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server = serve(0);
        port = server.getAddress().getPort();
    }

    /** The identity every test context of this JVM trusts. */
    public static synchronized TestIdentity shared() {
        if (shared == null) {
            shared = new TestIdentity();
        }
        return shared;
    }

    public String jwksUri() {
        return "http://localhost:" + port + "/.well-known/jwks.json";
    }

    /** A fresh signing key, as membership-service makes when it rotates. */
    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rotation: the new key is published beside the old ones. */
    public void publish(RSAKey newKey) {
        published.add(newKey.toPublicJWK());
    }

    /** How often the JWKS was fetched, to see a verifier's caching. */
    public int jwksFetches() {
        return fetches.get();
    }

    /** The issuer is unreachable until {@link #bringJwksBack()}. */
    public synchronized void takeJwksOffline() {
        if (online) {
            server.stop(0);
            online = false;
        }
    }

    /** Serves the keys again on the same port; nothing happens if they are served. */
    public synchronized void bringJwksBack() {
        if (!online) {
            server = serve(port);
            online = true;
        }
    }

    /** A member's token signed with the given key, published or not. */
    public String signedWith(RSAKey signingKey, String memberId) {
        return sign(claims(memberId, List.of("MEMBER"), List.of()).build(), signingKey);
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

    private HttpServer serve(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress("localhost", onPort), 0);
            created.createContext("/.well-known/jwks.json", exchange -> {
                fetches.incrementAndGet();
                byte[] jwks = new JWKSet(List.copyOf(published)).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
