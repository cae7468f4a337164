package id.kombel.membership.privacy;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kombel.privacy.*} as membership-service reads it: the services whose answers complete a
 * request, and how long an export archive stays available.
 */
@Validated
@ConfigurationProperties("kombel.privacy")
record PrivacySettings(
        @DefaultValue({"membership", "learning", "discussion"}) @NotEmpty
        List<String> services,

        @DefaultValue("7d") @NotNull Duration exportTtl) {}
