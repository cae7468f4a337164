package id.kombel.platform.web;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of {@code Idempotency-Key} handling ({@code kombel.idempotency.*}).
 *
 * @param ttl how long a finished request's response is kept for replay
 * @param inProgressTimeout how long a key stays locked by a request that has not finished; after it a
 *     retry runs the request again, so an instance that died mid-request does not lock a key for the
 *     whole {@code ttl}. Keep it well above the slowest creating request.
 * @param maxStoredBody the largest response body that is stored; a larger one is still returned but
 *     its key is released rather than stored
 */
@Validated
@ConfigurationProperties("kombel.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") @NotNull Duration ttl,
        @DefaultValue("1m") @NotNull Duration inProgressTimeout,
        @DefaultValue("1MB") @NotNull DataSize maxStoredBody) {}
