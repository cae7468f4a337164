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
     * so it follows whatever {@code spring.application.name} finally is.
     */
    static final class ServiceName extends PropertySource<ConfigurableEnvironment> {

        static final String PROPERTY = "kombel.privacy.service";

        ServiceName(ConfigurableEnvironment environment) {
            super("kombelServiceName", environment);
        }

        @Override
        public @Nullable Object getProperty(String name) {
            if (!PROPERTY.equals(name)) {
                return null;
            }
            String application = getSource().getProperty("spring.application.name");
            return application == null ? null : application.replaceFirst("-service$", "");
        }
    }
}
