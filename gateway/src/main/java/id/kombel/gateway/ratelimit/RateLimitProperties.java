package id.kombel.gateway.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate limits ({@code kombel.gateway.rate-limit.*}): how many requests a client may send per period.
 * A client may spend its whole quota at once, then regains it evenly over the period.
 *
 * @param login {@code POST /api/v1/auth/login}, per address
 * @param member every other request of a signed-in member, per token subject
 * @param anonymous every other request without a token, per address
 * @param maxTrackedClients how many clients the in-process store remembers at most (its memory bound)
 */
@Validated
@ConfigurationProperties("kombel.gateway.rate-limit")
record RateLimitProperties(
        @NotNull @Valid Quota login,
        @NotNull @Valid Quota member,
        @NotNull @Valid Quota anonymous,
        @DefaultValue("100000") @Min(1) int maxTrackedClients) {

    /** {@code requests} per {@code per}; the period is whole seconds so that Redis can hold it too. */
    record Quota(@Min(1) int requests, @NotNull Duration per) {

        Quota {
            if (per.toMillis() < 1000 || per.toMillis() % 1000 != 0) {
                throw new IllegalArgumentException("a rate-limit period must be whole seconds, was " + per);
            }
        }

        /** Tokens regained per second. */
        double perSecond() {
            return requests / (double) per.toSeconds();
        }
    }

    Duration longestPeriod() {
        return List.of(login.per(), member.per(), anonymous.per()).stream()
                .max(Duration::compareTo)
                .orElseThrow();
    }
}
