package id.kombel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Last: a known defect whose probes all pass now is fixed and must leave system-tests.yaml. */
@Order(9)
@ExtendWith(Suite.Resolver.class)
class KnownDefectsIT {

    private final Suite suite;

    KnownDefectsIT(Suite suite) {
        this.suite = suite;
    }

    @Test
    void everyKnownDefectStillFails() {
        assertThat(suite.findings.staleDefects())
                .as("known defects (system-tests.yaml) whose probes all pass now: take them off the list")
                .isEmpty();
    }
}
