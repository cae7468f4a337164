package id.kombel.membership.replica;

import id.kombel.platform.events.EventMetadata;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;

/** Keeps the community replica up to date from membership-service's community events. */
@KafkaListener(topics = MembershipTopics.COMMUNITY)
class CommunityEvents {

    private final Communities communities;

    CommunityEvents(Communities communities) {
        this.communities = communities;
    }

    /** Proposed, verified, rejected, updated, archived, leadership changed: each carries the whole state. */
    @KafkaHandler
    void on(CommunityEvent event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        communities.replicate(event, metadata.aggregateVersion());
    }
}
