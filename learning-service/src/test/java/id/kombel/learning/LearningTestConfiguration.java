package id.kombel.learning;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Imported by every learning-service integration test, so they share one application context. */
@TestConfiguration(proxyBeanMethods = false)
public class LearningTestConfiguration {

    @Bean
    TestClock clock() {
        return new TestClock();
    }
}
