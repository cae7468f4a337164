package id.kombel.learning.reflection;

import id.kombel.learning.ContentTopics;
import id.kombel.learning.registration.AttendanceRecorded;
import id.kombel.platform.events.EventMetadata;
import id.kombel.platform.events.ReplicaWriter;
import java.util.Date;
import org.bson.Document;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Records who attended what, from the registrations topic. A group of its own, so this feature reads
 * every partition whatever other listeners of the service read from the same topic.
 */
@Component
@KafkaListener(topics = ContentTopics.REGISTRATION, groupId = "${spring.kafka.consumer.group-id}.reflections")
class AttendanceEvents {

    private final ReplicaWriter replicas;

    AttendanceEvents(ReplicaWriter replicas) {
        this.replicas = replicas;
    }

    @KafkaHandler
    void on(AttendanceRecorded event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        replicas.upsert(
                Attendance.COLLECTION,
                Attendance.idOf(event.activityId(), event.memberId()),
                metadata.aggregateVersion(),
                new Document("activityId", event.activityId())
                        .append("communityId", event.communityId())
                        .append("memberId", event.memberId())
                        .append("occurredAt", Date.from(event.occurredAt())));
    }

    /** Only attendance matters to reflections; the topic's other registration facts do not. */
    @KafkaHandler(isDefault = true)
    void ignore(Object otherRegistrationEvent) {}
}
