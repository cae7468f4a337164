package id.kombel.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code kombel-defaults.properties} as the lowest-precedence property source: the settings every
 * service shares (the producer's delivery guarantees, strict JSON input, health groups) live in one
 * place, and any service or environment can still override them. Also derives {@code
 * kombel.privacy.service}, the service's short name, from {@code spring.application.name}.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "kombel-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment
                    .getPropertySources()
                    .addLast(new ResourcePropertySource("kombelDefaults", new ClassPathResource(SOURCE)));
            environment.getPropertySources().addLast(new ServiceName(environment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code kombel.privacy.service}: {@code membership-service} -> {@code membership}. Read when asked,
     * so it follows whatever {@code spring.application.name} finally is. Its source is not the
     * environment itself: Boot's binder would walk into an environment-backed source and loop.
     */
    static final class ServiceName extends PropertySource<Object> {

        static final String PROPERTY = "kombel.privacy.service";

        private final ConfigurableEnvironment environment;

        ServiceName(ConfigurableEnvironment environment) {
            super("kombelServiceName", new Object());
            this.environment = environment;
        }

        @Override
        public @Nullable Object getProperty(String name) {
            if (!PROPERTY.equals(name)) {
                return null;
            }
            String application = environment.getProperty("spring.application.name");
            return application == null ? null : application.replaceFirst("-service$", "");
        }
    }
}
