package id.kombel.gateway.upstream;

import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UpstreamClientConfiguration {

    /**
     * Reactor Netty silently resends a request once when a pooled connection turns out closed, for
     * any method. Retries are the route's business (GET only, see application.yml): a POST must never
     * reach a service twice because of the gateway.
     */
    @Bean
    HttpClientCustomizer noHiddenRetries() {
        return client -> client.disableRetry(true);
    }
}
