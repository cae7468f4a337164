package id.kombel.membership.engagement;

import id.kombel.membership.discussionevents.AppreciationGiven;
import id.kombel.membership.discussionevents.DiscussionTopics;
import id.kombel.membership.discussionevents.ProblemPosted;
import id.kombel.membership.discussionevents.SolutionAccepted;
import id.kombel.membership.discussionevents.SolutionProposed;
import id.kombel.membership.discussionevents.TrialOutcomeReported;
import id.kombel.membership.learningevents.AttendanceRecorded;
import id.kombel.membership.learningevents.LearningHoursCredited;
import id.kombel.membership.learningevents.LearningTopics;
import id.kombel.membership.learningevents.ReflectionShared;
import id.kombel.platform.events.EventMetadata;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Turns learning and discussion events into engagement facts, each keyed by what it is about so that
 * a repeated fact counts once whatever its event id. Its own consumer group: the inbox's listeners
 * read several of these topics too (see {@code MembershipNotifications}).
 */
@Component
@KafkaListener(
        topics = {
            LearningTopics.REGISTRATION,
            LearningTopics.ACTIVITY,
            LearningTopics.REFLECTION,
            DiscussionTopics.PROBLEM,
            DiscussionTopics.SOLUTION,
            DiscussionTopics.TRIAL,
            DiscussionTopics.APPRECIATION
        },
        groupId = "${spring.kafka.consumer.group-id}.engagement")
class EngagementEvents {

    private final EngagementFacts facts;

    EngagementEvents(EngagementFacts facts) {
        this.facts = facts;
    }

    @KafkaHandler
    void on(AttendanceRecorded event) {
        facts.record(EngagementFact.of(
                "attended:" + event.registrationId(), event.memberId(), FactKind.ATTENDED, event.occurredAt()));
    }

    @KafkaHandler
    void on(LearningHoursCredited event) {
        facts.record(EngagementFact.credit(event.creditId(), event.memberId(), event.jp(), event.creditedAt()));
    }

    /** The event carries no time of its own: it was shared when it was published. */
    @KafkaHandler
    void on(ReflectionShared event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        facts.record(EngagementFact.of(
                "reflection:" + event.reflectionId(), event.memberId(), FactKind.REFLECTION_SHARED, metadata.time()));
    }

    /** Counts for the author's streak only; the profile never shows problems, so anonymity holds. */
    @KafkaHandler
    void on(ProblemPosted event) {
        facts.record(EngagementFact.of(
                "problem:" + event.problemId(), event.authorId(), FactKind.PROBLEM_POSTED, event.postedAt()));
    }

    @KafkaHandler
    void on(SolutionProposed event) {
        facts.record(EngagementFact.of(
                "solution:" + event.solutionId(), event.authorId(), FactKind.SOLUTION_PROPOSED, event.proposedAt()));
    }

    @KafkaHandler
    void on(SolutionAccepted event) {
        facts.record(EngagementFact.of(
                "accepted:" + event.solutionId(),
                event.solutionAuthorId(),
                FactKind.SOLUTION_ACCEPTED,
                event.acceptedAt()));
    }

    /** One outcome per trial: a corrected report is the same participation. */
    @KafkaHandler
    void on(TrialOutcomeReported event) {
        facts.record(EngagementFact.of(
                "outcome:" + event.trialId(), event.memberId(), FactKind.OUTCOME_REPORTED, event.reportedAt()));
    }

    @KafkaHandler
    void on(AppreciationGiven event) {
        facts.record(EngagementFact.of(
                "appreciation:" + event.appreciationId(),
                event.toMemberId(),
                FactKind.APPRECIATION_RECEIVED,
                event.givenAt()));
    }

    /** The topics' other events say nothing about engagement. */
    @KafkaHandler(isDefault = true)
    void ignore(Object otherEvent) {
        // deliberately nothing: without a default handler they would be retried and dead-lettered
    }
}
