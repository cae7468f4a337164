package id.kombel.membership.replica;

import id.kombel.platform.events.EventMetadata;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;

/** Keeps the membership replica up to date from membership-service's membership events. */
@KafkaListener(topics = MembershipTopics.MEMBERSHIP)
class MembershipEvents {

    private final Memberships memberships;

    MembershipEvents(Memberships memberships) {
        this.memberships = memberships;
    }

    /** Requested, invited, joined, declined, left, removed, role changed: each carries the whole state. */
    @KafkaHandler
    void on(MembershipEvent event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        memberships.replicate(event, metadata.aggregateVersion());
    }
}
