package id.kombel.systemtest;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Forged access tokens, each built from a real one so that exactly one thing is wrong with it. The
 * platform's own signing key (read from membership-service's database, which a test harness may do)
 * signs the tokens whose signature must be valid for the probe to mean anything: expired, wrong
 * issuer, wrong audience, no subject.
 */
final class Tokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final String kid;
    private final PrivateKey platformKey;
    private final PublicKey platformPublicKey;
    private final PrivateKey strangerKey;

    Tokens(JsonNode privateJwk) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            this.kid = privateJwk.get("kid").asString();
            this.platformKey = rsa.generatePrivate(new RSAPrivateCrtKeySpec(
                    big(privateJwk, "n"),
                    big(privateJwk, "e"),
                    big(privateJwk, "d"),
                    big(privateJwk, "p"),
                    big(privateJwk, "q"),
                    big(privateJwk, "dp"),
                    big(privateJwk, "dq"),
                    big(privateJwk, "qi")));
            this.platformPublicKey =
                    rsa.generatePublic(new RSAPublicKeySpec(big(privateJwk, "n"), big(privateJwk, "e")));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.strangerKey = generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every way a token can be wrong that the probes try, by name, each made from {@code real}. */
    Map<String, String> forgeriesOf(String real) {
        Map<String, String> forged = new LinkedHashMap<>();
        long now = Instant.now().getEpochSecond();
        forged.put("expired", resign(real, claims -> {
            claims.put("iat", now - 7200);
            claims.put("exp", now - 3600);
        }));
        forged.put("no expiry", resign(real, claims -> claims.remove("exp")));
        forged.put("wrong issuer", resign(real, claims -> claims.put("iss", "https://evil.example")));
        forged.put("wrong audience", resign(real, claims -> claims.put("aud", "another-api")));
        forged.put("no subject", resign(real, claims -> claims.remove("sub")));
        forged.put("alg none", unsigned(real, "none"));
        forged.put("alg None", unsigned(real, "None"));
        forged.put("HS256 keyed with the public key", hmacWithPublicKey(real));
        forged.put("signed with a stranger's key", sign(header("RS256", kid), claimsOf(real), strangerKey));
        forged.put("unknown kid", sign(header("RS256", "made-up-kid"), claimsOf(real), strangerKey));
        forged.put("tampered payload (platform admin)", tampered(real));
        forged.put("signature cut off", real.substring(0, real.lastIndexOf('.') + 1));
        forged.put("garbage", "not.a.jwt");
        forged.put("empty", "");
        return forged;
    }

    /** A genuinely signed token with claims of the probe's choosing (say, roles it was never given). */
    String resign(String real, Consumer<ObjectNode> change) {
        ObjectNode claims = claimsOf(real);
        change.accept(claims);
        return sign(header("RS256", kid), claims, platformKey);
    }

    private String tampered(String real) {
        String[] parts = real.split("\\.");
        ObjectNode claims = claimsOf(real);
        claims.putArray("roles").add("MEMBER").add("REGION_ADMIN").add("PLATFORM_ADMIN");
        claims.putArray("adminRegions").add("tampered-region");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    private String unsigned(String real, String alg) {
        ObjectNode header = Http.JSON.createObjectNode().put("alg", alg).put("typ", "JWT");
        return encode(header) + "." + encode(claimsOf(real)) + ".";
    }

    private String hmacWithPublicKey(String real) {
        try {
            String signingInput = encode(header("HS256", kid)) + "." + encode(claimsOf(real));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pem(platformPublicKey).getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return signingInput + "."
                    + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(ObjectNode header, ObjectNode claims, PrivateKey key) {
        try {
            String signingInput = encode(header) + "." + encode(claims);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode header(String alg, String kid) {
        return Http.JSON.createObjectNode().put("alg", alg).put("kid", kid).put("typ", "JWT");
    }

    static ObjectNode claimsOf(String token) {
        return (ObjectNode) Http.JSON.readTree(DECODE.decode(token.split("\\.")[1]));
    }

    private static String encode(JsonNode node) {
        return B64.encodeToString(Http.JSON.writeValueAsBytes(node));
    }

    private static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private static BigInteger big(JsonNode jwk, String field) {
        return new BigInteger(1, DECODE.decode(jwk.get(field).asString()));
    }
}
