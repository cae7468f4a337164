package id.kombel.gateway.dashboard;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services answer ({@code kombel.gateway.services.*}); the routes in application.yml use
 * the same values.
 */
@Validated
@ConfigurationProperties("kombel.gateway.services")
record ServiceUrls(
        @NotNull URI membership,
        @NotNull URI learning,
        @NotNull URI discussion) {}
