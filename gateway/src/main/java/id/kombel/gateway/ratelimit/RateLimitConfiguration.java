package id.kombel.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Ticker;
import id.kombel.gateway.problem.ProblemResponses;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Chooses where quotas are kept: Redis when {@code REDIS_HOST} is set, this process otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    @Conditional(SharedStoreConfigured.class)
    ClientRateLimiter redisClientRateLimiter(RedisRateLimiter redis, RateLimitProperties quotas) {
        return new RedisClientRateLimiter(
                redis, Map.of("login", quotas.login(), "member", quotas.member(), "anonymous", quotas.anonymous()));
    }

    @Bean
    @ConditionalOnMissingBean(ClientRateLimiter.class)
    ClientRateLimiter inProcessRateLimiter(RateLimitProperties quotas) {
        return new InProcessRateLimiter(quotas.maxTrackedClients(), quotas.longestPeriod(), Ticker.systemTicker());
    }

    @Bean
    RateLimitFilter rateLimitFilter(ClientRateLimiter limiter, RateLimitProperties quotas, ProblemResponses problems) {
        return new RateLimitFilter(limiter, quotas, problems);
    }

    static class SharedStoreConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("REDIS_HOST"));
        }
    }
}
