package id.kombel.membership.replica;

import id.kombel.platform.events.EventMetadata;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;

/** Keeps the region replica up to date from membership-service's region events. */
@KafkaListener(topics = MembershipTopics.REGION)
class RegionEvents {

    private final Regions regions;

    RegionEvents(Regions regions) {
        this.regions = regions;
    }

    @KafkaHandler
    void on(RegionEvent event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        regions.replicate(event, metadata.aggregateVersion());
    }
}
