package id.kombel.discussion.counter;

import id.kombel.discussion.DiscussionTopics;
import id.kombel.discussion.problem.ProblemPosted;
import id.kombel.discussion.solution.ReplyPosted;
import id.kombel.discussion.solution.SolutionProposed;
import id.kombel.discussion.solution.SolutionVoted;
import id.kombel.discussion.trial.TrialOutcomeReported;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads this service's own events back and recounts what each one changed. The request that made the
 * change recounted already; this repairs a crash between the change's write and that recount (the
 * event is in the changed document's outbox, so it is published anyway). Recounting is idempotent,
 * so a redelivered or replayed event converges on the same counts. A consumer group of its own.
 */
@Component
@KafkaListener(
        topics = {
            DiscussionTopics.PROBLEM,
            DiscussionTopics.SOLUTION,
            DiscussionTopics.VOTE,
            DiscussionTopics.REPLY,
            DiscussionTopics.TRIAL
        },
        groupId = "${spring.kafka.consumer.group-id}.counters")
class CounterEvents {

    private final Counters counters;

    CounterEvents(Counters counters) {
        this.counters = counters;
    }

    /** A new problem starts at zero, so that it is found among the unanswered ones. */
    @KafkaHandler
    void on(ProblemPosted event) {
        counters.problem(event.problemId());
    }

    @KafkaHandler
    void on(SolutionProposed event) {
        counters.problem(event.problemId());
        counters.solution(event.solutionId());
    }

    @KafkaHandler
    void on(SolutionVoted event) {
        counters.solution(event.solutionId());
        counters.problem(event.problemId());
    }

    @KafkaHandler
    void on(ReplyPosted event) {
        counters.solution(event.solutionId());
    }

    @KafkaHandler
    void on(TrialOutcomeReported event) {
        counters.solution(event.solutionId());
    }

    /** The topics' other events change no counter. */
    @KafkaHandler(isDefault = true)
    void ignore(Object otherEvent) {
        // deliberately nothing: without a default handler they would be retried and dead-lettered
    }
}
