package id.kombel.membership.replica;

import id.kombel.platform.events.ReplicaWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Keeps the membership replica in any service that has this module. The package is registered as an
 * auto-configuration package so the platform's event catalog finds the consumer records here.
 */
@AutoConfiguration(afterName = "id.kombel.platform.events.EventsAutoConfiguration")
@AutoConfigurationPackage
public class MembershipReplicaAutoConfiguration {

    @Bean
    Regions regions(ReplicaWriter replicas, MongoTemplate mongo) {
        return new Regions(replicas, mongo);
    }

    @Bean
    RegionEvents regionEvents(Regions regions) {
        return new RegionEvents(regions);
    }

    @Bean
    Communities communities(ReplicaWriter replicas, MongoTemplate mongo) {
        return new Communities(replicas, mongo);
    }

    @Bean
    CommunityEvents communityEvents(Communities communities) {
        return new CommunityEvents(communities);
    }

    @Bean
    Memberships memberships(ReplicaWriter replicas, MongoTemplate mongo, Communities communities) {
        return new Memberships(replicas, mongo, communities);
    }

    /** Erases the member's replicas when membership-service asks (the platform's privacy module). */
    @Bean
    ReplicaPersonalData replicaPersonalData(MongoTemplate mongo) {
        return new ReplicaPersonalData(mongo);
    }

    @Bean
    MembershipEvents membershipEvents(Memberships memberships) {
        return new MembershipEvents(memberships);
    }
}
