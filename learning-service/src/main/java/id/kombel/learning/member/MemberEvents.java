package id.kombel.learning.member;

import id.kombel.membership.replica.MembershipTopics;
import id.kombel.platform.events.EventMetadata;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/** Keeps the member-name replica up to date from membership-service's member events. */
@Component
@KafkaListener(topics = MembershipTopics.MEMBER)
class MemberEvents {

    private final MemberNames names;

    MemberEvents(MemberNames names) {
        this.names = names;
    }

    @KafkaHandler
    void on(MemberEvent event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        names.replicate(event, metadata.aggregateVersion());
    }
}
