package id.kombel.platform.privacy;

import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * The one listener for privacy requests in every service. It reads in a group of its own:
 * membership-service also reads {@value PrivacyTopics#REQUESTS} for the answers, and two listeners in
 * one group would split the topic's partitions between them.
 */
@KafkaListener(topics = PrivacyTopics.REQUESTS, groupId = "${spring.kafka.consumer.group-id}.privacy")
public class PrivacyRequests {

    private final PrivacyResponder responder;

    public PrivacyRequests(PrivacyResponder responder) {
        this.responder = responder;
    }

    @KafkaHandler
    void on(PersonalDataExportRequested request) {
        responder.export(request);
    }

    @KafkaHandler
    void on(MemberErasureRequested request) {
        responder.erase(request);
    }

    /** The topic also carries membership-service's own answers, which concern this listener not. */
    @KafkaHandler(isDefault = true)
    void ignore(Object answer) {
        // deliberately nothing
    }
}
