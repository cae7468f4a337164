package id.kombel.platform.testapp;

import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A topic this app only consumes, as a service consumes another service's topic. */
@Component
@KafkaListener(topics = NoticeEvents.TOPIC)
class NoticeEvents {

    static final String TOPIC = "testapp.notices";

    @KafkaHandler(isDefault = true)
    void ignore(Object event) {
        // No notice type is known to this app; the topic is here to be created, not read.
    }
}
