package id.kombel.membership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    final LockoutPolicy policy =
            new LockoutPolicy(new IdentityProperties.Lockout(5, Duration.ofMinutes(1), Duration.ofHours(1)));

    @Test
    void fourFailuresLockNothing() {
        assertThat(policy.lockAfter(4)).isEmpty();
    }

    @Test
    void theFifthFailureLocksForAMinuteAndEachFurtherOneDoublesItUpToAnHour() {
        assertThat(policy.lockAfter(5)).contains(Duration.ofMinutes(1));
        assertThat(policy.lockAfter(6)).contains(Duration.ofMinutes(2));
        assertThat(policy.lockAfter(7)).contains(Duration.ofMinutes(4));
        assertThat(policy.lockAfter(10)).contains(Duration.ofMinutes(32));
        assertThat(policy.lockAfter(11)).contains(Duration.ofHours(1));
        assertThat(policy.lockAfter(1_000)).contains(Duration.ofHours(1));
    }
}
