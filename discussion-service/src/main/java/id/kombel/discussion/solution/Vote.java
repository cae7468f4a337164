package id.kombel.discussion.solution;

import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import java.time.Instant;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One member's helpful mark on one solution, id {@code <solutionId>:<memberId>}: the id makes it one
 * per member, the version makes each toggle count once however many arrive at the same time.
 */
@Document("votes")
@AggregateTopic(DiscussionTopics.VOTE)
@CompoundIndex(name = "member", def = "{'memberId': 1}")
@CompoundIndex(name = "solution_helpful", def = "{'solutionId': 1, 'helpful': 1}")
@CompoundIndex(name = "problem_helpful", def = "{'problemId': 1, 'helpful': 1}")
class Vote extends AggregateRoot {

    private String solutionId;
    private String problemId;
    private String communityId;
    private String memberId;
    private boolean helpful;

    @PersistenceCreator
    Vote() {}

    private Vote(String id) {
        super(id);
    }

    static String idOf(String solutionId, String memberId) {
        return solutionId + ":" + memberId;
    }

    static Vote cast(Solution solution, String memberId, Instant now) {
        Vote vote = new Vote(idOf(solution.id(), memberId));
        vote.solutionId = solution.id();
        vote.problemId = solution.problemId();
        vote.communityId = solution.communityId();
        vote.memberId = memberId;
        vote.helpful = true;
        vote.raised(now);
        return vote;
    }

    void toggle(Instant now) {
        helpful = !helpful;
        raised(now);
    }

    private void raised(Instant now) {
        raise(new SolutionVoted(id(), solutionId, problemId, communityId, memberId, helpful, now));
    }

    boolean helpful() {
        return helpful;
    }
}
