package id.kombel.membership.notification;

import id.kombel.membership.learningevents.CertificateIssued;
import id.kombel.membership.learningevents.LearningTopics;
import id.kombel.membership.learningevents.RecommendationsFound;
import id.kombel.membership.learningevents.RegistrationCancelled;
import id.kombel.membership.learningevents.RegistrationConfirmed;
import id.kombel.membership.learningevents.RegistrationWaitlisted;
import id.kombel.platform.events.EventMetadata;
import java.util.Map;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Tells members about their learning: a place confirmed (or won from the waitlist), a place on the
 * waitlist, an activity cancelled, a certificate, recommendations for their problem. A consumer group
 * of its own (see {@link MembershipNotifications}); the engagement profile reads some of these topics
 * in another.
 */
@Component
@KafkaListener(
        topics = {LearningTopics.REGISTRATION, LearningTopics.ACTIVITY, LearningTopics.RECOMMENDATION},
        groupId = "${spring.kafka.consumer.group-id}.learning-notifications")
class LearningNotifications {

    private final Inbox inbox;

    LearningNotifications(Inbox inbox) {
        this.inbox = inbox;
    }

    @KafkaHandler
    void on(RegistrationConfirmed event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        inbox.deliver(
                metadata.id(),
                event.memberId(),
                event.promotedFromWaitlist()
                        ? NotificationType.WAITLIST_PROMOTED
                        : NotificationType.REGISTRATION_CONFIRMED,
                Map.of(
                        "activityId", event.activityId(),
                        "communityId", event.communityId(),
                        "title", event.title(),
                        "startsAt", event.startsAt().toString()));
    }

    @KafkaHandler
    void on(RegistrationWaitlisted event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        inbox.deliver(
                metadata.id(),
                event.memberId(),
                NotificationType.REGISTRATION_WAITLISTED,
                Map.of(
                        "activityId", event.activityId(),
                        "communityId", event.communityId(),
                        "title", event.title(),
                        "position", Integer.toString(event.position())));
    }

    /** Only a cancelled activity is news: a member who cancelled knows it already. */
    @KafkaHandler
    void on(RegistrationCancelled event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        if (event.byActivityCancellation()) {
            inbox.deliver(
                    metadata.id(),
                    event.memberId(),
                    NotificationType.ACTIVITY_CANCELLED,
                    Map.of(
                            "activityId",
                            event.activityId(),
                            "communityId",
                            event.communityId(),
                            "title",
                            event.title()));
        }
    }

    @KafkaHandler
    void on(CertificateIssued event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        inbox.deliver(
                metadata.id(),
                event.memberId(),
                NotificationType.CERTIFICATE_ISSUED,
                Map.of(
                        "certificateId", event.certificateId(),
                        "code", event.code(),
                        "activityId", event.activityId(),
                        "title", event.title(),
                        "jp", Integer.toString(event.jp())));
    }

    /** Told to the problem's author only; the author's id is the recipient, never a parameter. */
    @KafkaHandler
    void on(RecommendationsFound event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        inbox.deliver(
                metadata.id(),
                event.authorId(),
                NotificationType.RECOMMENDATIONS_READY,
                Map.of(
                        "problemId", event.problemId(),
                        "communityId", event.communityId(),
                        "resources", Integer.toString(event.resourceIds().size()),
                        "activities", Integer.toString(event.activityIds().size())));
    }

    /** The topics' other events concern no inbox. */
    @KafkaHandler(isDefault = true)
    void ignore(Object otherEvent) {
        // deliberately nothing: without a default handler they would be retried and dead-lettered
    }
}
