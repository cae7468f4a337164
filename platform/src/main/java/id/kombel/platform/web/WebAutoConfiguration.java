package id.kombel.platform.web;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/** The shared HTTP behaviour of every service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class WebAutoConfiguration {

    @Bean
    Problems problems(MessageSource messageSource) {
        return new Problems(messageSource);
    }

    @Bean
    ProblemWriter problemWriter(Problems problems, JsonMapper json, LocaleResolver locales) {
        return new ProblemWriter(problems, json, locales);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(Problems problems) {
        return new ProblemDetailsAdvice(problems);
    }

    /** A JSON object that names a field twice is rejected rather than resolved by "last one wins". */
    @Bean
    JsonMapperBuilderCustomizer strictDuplicateDetection() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Bean
    IdempotencyKeys idempotencyKeys(MongoTemplate mongo, IdempotencyProperties properties, Clock clock) {
        IdempotencyKeys keys = new IdempotencyKeys(mongo, properties, clock);
        keys.declareExpiryIndex();
        return keys;
    }

    /**
     * Right after Spring Security's filter chain: the caller is known, and requests it refuses never
     * hold a key.
     */
    /** A member's erasure deletes their idempotency records, through the platform's one privacy mechanism. */
    @Bean
    IdempotencyPersonalData idempotencyPersonalData(IdempotencyKeys keys) {
        return new IdempotencyPersonalData(keys);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyKeys keys,
            ProblemWriter problemWriter,
            IdempotencyProperties properties,
            ObjectProvider<SecurityFilterProperties> securityFilter) {
        int securityOrder =
                securityFilter.getIfAvailable(SecurityFilterProperties::new).getOrder();
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter(
                keys, problemWriter, Math.toIntExact(properties.maxStoredBody().toBytes())));
        registration.setOrder(securityOrder + 1);
        return registration;
    }
}
