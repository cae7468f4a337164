package id.kombel.learning.recommendation;

import id.kombel.learning.ContentTopics;
import id.kombel.learning.activity.ActivityCancelled;
import id.kombel.learning.activity.ActivityPublished;
import id.kombel.learning.resource.SearchKeys;
import id.kombel.platform.events.EventMetadata;
import id.kombel.platform.events.ReplicaWriter;
import java.util.Date;
import org.bson.Document;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Keeps the projection of activities to recommend from the activities topic, in a group of its own
 * so it reads every partition whatever other listeners of the service read from the same topic.
 */
@Component
@KafkaListener(topics = ContentTopics.ACTIVITY, groupId = "${spring.kafka.consumer.group-id}.recommendations")
class ActivityEvents {

    private final ReplicaWriter replicas;

    ActivityEvents(ReplicaWriter replicas) {
        this.replicas = replicas;
    }

    @KafkaHandler
    void on(ActivityPublished event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        replicas.upsert(
                UpcomingActivity.COLLECTION,
                event.activityId(),
                metadata.aggregateVersion(),
                new Document("communityId", event.communityId())
                        .append("regionId", event.regionId())
                        .append("title", event.title())
                        .append("kind", event.kind().name())
                        .append("startsAt", Date.from(event.startsAt()))
                        .append("endsAt", Date.from(event.endsAt()))
                        .append("openToOtherCommunities", event.openToOtherCommunities())
                        .append("cancelled", false)
                        .append("titleKeys", SearchKeys.wordKeys(event.title())));
    }

    /** A cancelled activity is never recommended again, and drops out of stored recommendations. */
    @KafkaHandler
    void on(ActivityCancelled event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        replicas.upsert(
                UpcomingActivity.COLLECTION,
                event.activityId(),
                metadata.aggregateVersion(),
                new Document("communityId", event.communityId())
                        .append("regionId", event.regionId())
                        .append("title", event.title())
                        .append("cancelled", true));
    }

    /** Updates and completions do not change what is recommended. */
    @KafkaHandler(isDefault = true)
    void ignore(Object otherActivityEvent) {}
}
