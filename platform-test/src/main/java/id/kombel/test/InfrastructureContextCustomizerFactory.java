package id.kombel.test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every {@link IntegrationTest} context at the shared infrastructure, with a database and
 * consumer groups of its own. The id is drawn when a context is created, not per test class, so
 * Spring's context cache still reuses contexts.
 */
class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        boolean integrationTest = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(IntegrationTest.class);
        return integrationTest ? new InfrastructureCustomizer() : null;
    }

    private static final class InfrastructureCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            Map<String, Object> properties = Map.of(
                    "spring.mongodb.uri",
                    Infrastructure.mongo().uri("test-" + id),
                    "spring.kafka.bootstrap-servers",
                    Infrastructure.kafka().bootstrapServers(),
                    "spring.kafka.consumer.group-id",
                    "${spring.application.name}-" + id,
                    "kombel.security.jwks-uri",
                    TestIdentity.shared().jwksUri(),
                    // a deployment's own secret; tests share one so tombstones compare across contexts
                    "kombel.privacy.tombstone-secret",
                    "integration-test-tombstones",
                    // membership-service's password hashing: a test signs members up by the dozen, and
                    // OWASP's 19 MiB x 2 passes per hash is what deployments pay, not what tests check
                    "kombel.passwords.memory-kib",
                    "1024",
                    "kombel.passwords.iterations",
                    "1",
                    "kombel.test.context-id",
                    id);
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("kombelTestInfrastructure", properties));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof InfrastructureCustomizer;
        }

        @Override
        public int hashCode() {
            return InfrastructureCustomizer.class.hashCode();
        }
    }
}
