package id.kombel.platform.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings of the event backbone ({@code kombel.events.*}). */
@Validated
@ConfigurationProperties("kombel.events")
public record EventsProperties(
        @DefaultValue("3") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicationFactor,
        @DefaultValue @Valid @NotNull Relay relay,
        @DefaultValue @Valid @NotNull Consumer consumer) {

    /**
     * The outbox relay. Fresh events are published at once by the thread that stored them hands them
     * over; the sweep only picks up what that missed (a crash, a Kafka outage), so it can run rarely.
     */
    public record Relay(
            @DefaultValue("2") @Min(1) int threads,
            @DefaultValue("2s") @NotNull Duration sweepInterval,
            @DefaultValue("1s") @NotNull Duration sweepGrace,
            @DefaultValue("30s") @NotNull Duration lease,
            @DefaultValue("200") @Min(1) int batchSize,
            @DefaultValue("10s") @NotNull Duration sendTimeout) {}

    /** Consumers: attempts per record before it goes to the dead-letter topic. */
    public record Consumer(
            @DefaultValue("3") @Min(1) int maxAttempts,
            @DefaultValue("200ms") @NotNull Duration retryInterval) {}
}
