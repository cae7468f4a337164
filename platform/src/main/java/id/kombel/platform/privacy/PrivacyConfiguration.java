package id.kombel.platform.privacy;

import id.kombel.platform.events.AggregateStore;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Imported by the event backbone: every service with events answers privacy requests. */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    ErasedMembers erasedMembers(
            MongoTemplate mongo, @Value("${kombel.privacy.tombstone-secret}") String secret, Clock clock) {
        return new ErasedMembers(mongo, secret, clock);
    }

    @Bean
    TombstoneFilter tombstoneFilter(ErasedMembers erasedMembers, JsonMapper jsonMapper) {
        return new TombstoneFilter(erasedMembers, jsonMapper);
    }

    @Bean
    PrivacyResponder privacyResponder(
            ObjectProvider<PersonalDataContributor> contributors,
            AggregateStore store,
            ErasedMembers erasedMembers,
            JsonMapper jsonMapper,
            @Value("${kombel.privacy.service}") String service,
            Clock clock) {
        return new PrivacyResponder(
                contributors.orderedStream().toList(), store, erasedMembers, jsonMapper, service, clock);
    }

    @Bean
    PrivacyRequests privacyRequests(PrivacyResponder privacyResponder) {
        return new PrivacyRequests(privacyResponder);
    }
}
