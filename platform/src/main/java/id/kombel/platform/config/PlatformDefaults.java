package id.kombel.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code kombel-defaults.properties} as the lowest-precedence property source: the settings every
 * service shares (the producer's delivery guarantees, strict JSON input, health groups) live in one
 * place, and any service or environment can still override them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "kombel-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment
                    .getPropertySources()
                    .addLast(new ResourcePropertySource("kombelDefaults", new ClassPathResource(SOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
