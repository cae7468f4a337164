package id.kombel.membership.notification;

import id.kombel.membership.discussionevents.AppreciationGiven;
import id.kombel.membership.discussionevents.DiscussionTopics;
import id.kombel.membership.discussionevents.FollowedProblemChanged;
import id.kombel.membership.discussionevents.SolutionAccepted;
import id.kombel.membership.discussionevents.SolutionProposed;
import id.kombel.membership.discussionevents.TrialFollowUpDue;
import id.kombel.platform.events.EventMetadata;
import java.util.Map;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Tells members about joint problem solving: a solution to their problem, their solution accepted, a
 * trial's follow-up due, appreciation, a followed problem changed. Anonymity: no notification names
 * who acted (who proposed, accepted or appreciated), because on an anonymous problem that could be
 * its author; the recipient is the only member id a notification holds. A consumer group of its own
 * (see {@link MembershipNotifications}).
 */
@Component
@KafkaListener(
        topics = {
            // SolutionAccepted travels on the problem's topic: the problem holds its one accepted solution.
            DiscussionTopics.PROBLEM,
            DiscussionTopics.SOLUTION,
            DiscussionTopics.TRIAL,
            DiscussionTopics.APPRECIATION,
            DiscussionTopics.FOLLOW
        },
        groupId = "${spring.kafka.consumer.group-id}.discussion-notifications")
class DiscussionNotifications {

    /** Sets a followed change's cause apart from the source event's own notification (NEW_SOLUTION). */
    private static final String FOLLOWED_CHANGE = "followed:";

    private final Inbox inbox;

    DiscussionNotifications(Inbox inbox) {
        this.inbox = inbox;
    }

    @KafkaHandler
    void on(SolutionProposed event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        if (!event.authorId().equals(event.problemAuthorId())) {
            inbox.deliver(
                    metadata.id(),
                    event.problemAuthorId(),
                    NotificationType.NEW_SOLUTION,
                    Map.of(
                            "problemId", event.problemId(),
                            "solutionId", event.solutionId(),
                            "communityId", event.communityId()));
        }
    }

    @KafkaHandler
    void on(SolutionAccepted event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        inbox.deliver(
                metadata.id(),
                event.solutionAuthorId(),
                NotificationType.SOLUTION_ACCEPTED,
                Map.of(
                        "problemId", event.problemId(),
                        "solutionId", event.solutionId(),
                        "communityId", event.communityId()));
    }

    @KafkaHandler
    void on(TrialFollowUpDue event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        inbox.deliver(
                metadata.id(),
                event.memberId(),
                NotificationType.TRIAL_FOLLOW_UP_DUE,
                Map.of(
                        "trialId", event.trialId(),
                        "solutionId", event.solutionId(),
                        "problemId", event.problemId(),
                        "communityId", event.communityId(),
                        "dueOn", event.dueOn().toString()));
    }

    @KafkaHandler
    void on(AppreciationGiven event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        inbox.deliver(
                metadata.id(),
                event.toMemberId(),
                NotificationType.APPRECIATION_RECEIVED,
                Map.of("itemType", event.itemType(), "itemId", event.itemId(), "communityId", event.communityId()));
    }

    /**
     * Keyed by the change, not by this event: a fan-out run again (a replay, a redelivered change)
     * publishes new events for the same change, and each follower still gets one notification.
     */
    @KafkaHandler
    void on(FollowedProblemChanged event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        inbox.deliver(
                event.changeId() == null ? metadata.id() : FOLLOWED_CHANGE + event.changeId(),
                event.memberId(),
                NotificationType.FOLLOWED_PROBLEM_CHANGED,
                Map.of(
                        "problemId", event.problemId(),
                        "communityId", event.communityId(),
                        "change", event.change(),
                        "title", event.title()));
    }

    /** The topics' other events concern no inbox. */
    @KafkaHandler(isDefault = true)
    void ignore(Object otherEvent) {
        // deliberately nothing: without a default handler they would be retried and dead-lettered
    }
}
