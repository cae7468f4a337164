package id.kombel.discussion.follow;

import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The fan-out of one change of a problem to its followers, id {@code <problemId>:<changeId>} (the
 * change is the source event's id). Each stored batch raises one FollowedProblemChanged per follower
 * and remembers the last follower told, so a redelivered or replayed change resumes after them, or
 * finds itself complete, instead of telling anyone twice. One document per change: a change fanned
 * out long ago is still recognised, whatever changed on the problem since.
 */
@Document(FanOut.COLLECTION)
@AggregateTopic(DiscussionTopics.FOLLOW)
@CompoundIndex(name = "problem_last_follow", def = "{'problemId': 1, 'lastFollowId': 1}")
class FanOut extends AggregateRoot {

    static final String COLLECTION = "follow_fanouts";

    private String problemId;
    private String communityId;
    private String changeId;
    private @Nullable String lastFollowId;
    private boolean complete;

    @PersistenceCreator
    FanOut() {}

    FanOut(String problemId, String communityId, String changeId) {
        super(idOf(problemId, changeId));
        this.problemId = problemId;
        this.communityId = communityId;
        this.changeId = changeId;
    }

    static String idOf(String problemId, String changeId) {
        return problemId + ":" + changeId;
    }

    /** The last follow told: where to continue, null to start. */
    @Nullable
    String resumeAfter() {
        return lastFollowId;
    }

    boolean isDone() {
        return complete;
    }

    /**
     * Tells a batch of followers, except those in {@code skipped} (who made the change, or who hears of
     * it otherwise); {@code last} says whether this batch ends the followers.
     */
    void tell(List<Follow> batch, Set<String> skipped, Change what, String title, boolean last) {
        for (Follow follow : batch) {
            if (!skipped.contains(follow.memberId())) {
                raise(new FollowedProblemChanged(problemId, communityId, follow.memberId(), what, title, changeId));
            }
        }
        if (!batch.isEmpty()) {
            this.lastFollowId = batch.get(batch.size() - 1).id();
        }
        this.complete = last;
    }
}
