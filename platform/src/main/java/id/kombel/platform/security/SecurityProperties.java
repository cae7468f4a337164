package id.kombel.platform.security;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token validation settings ({@code kombel.security.*}).
 *
 * @param issuer the {@code iss} every token must carry
 * @param audience the value every token's {@code aud} must contain
 * @param jwksUri where membership-service publishes its signing keys
 * @param publicPaths requests served without a token, as {@code "METHOD /path/pattern"} or
 *     {@code "/path/pattern"} for every method
 */
@Validated
@ConfigurationProperties("kombel.security")
public record SecurityProperties(
        @DefaultValue("urn:kombel:membership") @NotBlank String issuer,
        @DefaultValue("kombel-api") @NotBlank String audience,

        @DefaultValue("http://localhost:8081/.well-known/jwks.json") @NotBlank
        String jwksUri,

        @DefaultValue({}) List<String> publicPaths) {}
