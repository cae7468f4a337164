package id.kombel.discussion.follow;

import id.kombel.discussion.DiscussionTopics;
import id.kombel.discussion.problem.ProblemPosted;
import id.kombel.discussion.problem.ProblemSolved;
import id.kombel.discussion.problem.SolutionAccepted;
import id.kombel.discussion.solution.ReplyPosted;
import id.kombel.discussion.solution.SolutionProposed;
import id.kombel.discussion.trial.TrialOutcomeReported;
import id.kombel.platform.events.EventMetadata;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Reads this service's own events back to keep followers informed: the author follows what they
 * post, and every follower hears of solutions, acceptances, replies and outcomes. Its own consumer
 * group, so it never shares partitions with another listener of the same topics.
 */
@Component
@KafkaListener(
        topics = {DiscussionTopics.PROBLEM, DiscussionTopics.SOLUTION, DiscussionTopics.REPLY, DiscussionTopics.TRIAL},
        groupId = "${spring.kafka.consumer.group-id}.follows")
class FollowEvents {

    /** An actor hidden from events (the anonymous author) is the problem's author. */
    private static final String ANONYMOUS = "anonymous";

    private final Follows follows;

    FollowEvents(Follows follows) {
        this.follows = follows;
    }

    @KafkaHandler
    void on(ProblemPosted event) {
        follows.follow(event.problemId(), event.authorId());
    }

    @KafkaHandler
    void on(SolutionProposed event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        // the problem's author hears of it as NEW_SOLUTION (SolutionProposed names them): not twice
        follows.fanOut(
                metadata.id(), event.problemId(), Change.SOLUTION_PROPOSED, event.authorId(), event.problemAuthorId());
    }

    /** The first acceptance solves the problem (ProblemSolved says so); a later one changes the choice. */
    @KafkaHandler
    void on(SolutionAccepted event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        if (event.previousSolutionId() != null) {
            follows.fanOut(metadata.id(), event.problemId(), Change.SOLUTION_ACCEPTED, actor(event.acceptedBy()), null);
        }
    }

    @KafkaHandler
    void on(ProblemSolved event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        follows.fanOut(metadata.id(), event.problemId(), Change.PROBLEM_SOLVED, actor(event.acceptedBy()), null);
    }

    @KafkaHandler
    void on(ReplyPosted event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        follows.fanOut(metadata.id(), event.problemId(), Change.REPLY_POSTED, event.authorId(), null);
    }

    @KafkaHandler
    void on(TrialOutcomeReported event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        follows.fanOut(metadata.id(), event.problemId(), Change.OUTCOME_REPORTED, event.memberId(), null);
    }

    /** The topics' other events concern no follower. */
    @KafkaHandler(isDefault = true)
    void ignore(Object otherEvent) {
        // deliberately nothing: without a default handler they would be retried and dead-lettered
    }

    private static @Nullable String actor(String acceptedBy) {
        return ANONYMOUS.equals(acceptedBy) ? null : acceptedBy;
    }
}
