package id.kombel.platform.observability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings of the ops series ({@code kombel.observability.*}). */
@Validated
@ConfigurationProperties("kombel.observability")
public record ObservabilityProperties(
        @DefaultValue @Valid @NotNull ConsumerLag consumerLag) {

    /**
     * How often the consumer group's lag is computed (about Prometheus' scrape interval: more often
     * only costs the broker requests), and how long one computation may wait for the broker.
     */
    public record ConsumerLag(
            @DefaultValue("15s") @NotNull Duration interval,
            @DefaultValue("10s") @NotNull Duration timeout) {}
}
