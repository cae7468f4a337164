package id.kombel.platform.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Kafka is up when the cluster answers within a short timeout. While it does not, the status is
 * {@code DEGRADED} (HTTP 200), not {@code DOWN}: writes are still accepted and kept in the outbox, so
 * taking the instance out of service would refuse work it can safely do. Answers are cached briefly
 * so frequent probes do not turn into a stream of admin requests.
 */
class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

    static final Status DEGRADED = new Status("DEGRADED", "Kafka unreachable; events wait in the outbox");
    private static final Duration CACHE = Duration.ofSeconds(2);
    private static final int TIMEOUT_MS = 2000;

    private final Admin admin;
    private final Clock clock;
    private volatile Health last = Health.unknown().build();
    private volatile Instant checkedAt = Instant.MIN;

    KafkaHealthIndicator(KafkaAdmin kafkaAdmin, Clock clock) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        if (now.isBefore(checkedAt.plus(CACHE))) {
            return last;
        }
        last = check();
        checkedAt = now;
        return last;
    }

    private Health check() {
        try {
            var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS));
            String clusterId = cluster.clusterId().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            int nodes = cluster.nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
            return Health.up()
                    .withDetail("clusterId", clusterId)
                    .withDetail("nodes", nodes)
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.status(DEGRADED).build();
        } catch (Exception e) {
            return Health.status(DEGRADED)
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
