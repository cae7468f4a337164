package id.kombel.gateway;

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
 * A stand-in for membership-service as token issuer: RSA keys published as a JWKS on a local port
 * (which can be rotated or taken offline), and tokens of every kind, valid and forged.
 */
final class TestTokens {

    static final String ISSUER = "urn:kombel:membership";
    static final String AUDIENCE = "kombel-api";

    private static final TestTokens SHARED = new TestTokens();

    private final RSAKey key = newKey();
    private final List<JWK> published = new CopyOnWriteArrayList<>(List.of(key.toPublicJWK()));
    private final AtomicInteger fetches = new AtomicInteger();
    private final int port;
    private volatile HttpServer server;

    private TestTokens() {
        server = serve(0);
        port = server.getAddress().getPort();
    }

    static TestTokens shared() {
        return SHARED;
    }

    String jwksUri() {
        return "http://localhost:" + port + "/.well-known/jwks.json";
    }

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("key-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** membership-service rotates: the new key is published beside the old ones. */
    void publish(RSAKey newKey) {
        published.add(newKey.toPublicJWK());
    }

    int jwksFetches() {
        return fetches.get();
    }

    synchronized void takeJwksOffline() {
        server.stop(0);
    }

    synchronized void bringJwksBack() {
        server = serve(port);
    }

    String member(String memberId) {
        return signedWith(key, memberId);
    }

    String signedWith(RSAKey signingKey, String memberId) {
        return sign(claims(memberId, List.of("MEMBER"), List.of()).build(), signingKey);
    }

    String regionAdmin(String memberId, String... regions) {
        return sign(
                claims(memberId, List.of("MEMBER", "REGION_ADMIN"), Arrays.asList(regions))
                        .build(),
                key);
    }

    String platformAdmin(String memberId) {
        return sign(
                claims(memberId, List.of("MEMBER", "PLATFORM_ADMIN"), List.of()).build(), key);
    }

    String expired(String memberId) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(
                claims(memberId, List.of("MEMBER"), List.of())
                        .issueTime(Date.from(past))
                        .expirationTime(Date.from(past.plus(Duration.ofMinutes(15))))
                        .build(),
                key);
    }

    String withoutExpiry(String memberId) {
        return sign(
                claims(memberId, List.of("MEMBER"), List.of())
                        .expirationTime(null)
                        .build(),
                key);
    }

    String wrongIssuer(String memberId) {
        return sign(
                claims(memberId, List.of("MEMBER"), List.of())
                        .issuer("urn:evil")
                        .build(),
                key);
    }

    String wrongAudience(String memberId) {
        return sign(
                claims(memberId, List.of("MEMBER"), List.of())
                        .audience("another-api")
                        .build(),
                key);
    }

    /** {@code alg: none}: no signature at all. */
    String unsigned(String memberId) {
        return new PlainJWT(claims(memberId, List.of("MEMBER", "PLATFORM_ADMIN"), List.of())
                        .build())
                .serialize();
    }

    /** HS256 with the public key as the shared secret: the classic algorithm-confusion forgery. */
    String hmacWithPublicKey(String memberId) {
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
    String tampered(String memberId) {
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
