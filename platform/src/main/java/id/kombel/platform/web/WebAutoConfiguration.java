package id.kombel.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/** The shared HTTP behaviour of every service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
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
}
