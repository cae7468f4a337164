package id.kombel.discussion.follow;

import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The fan-out of one problem's changes to its followers (id = problem id, so the events are keyed
 * by problem): each stored batch raises one FollowedProblemChanged per follower and remembers how far
 * it got, so a redelivered change resumes after the last follower told instead of telling anyone twice.
 */
@Document("follow_fanouts")
@AggregateTopic(DiscussionTopics.FOLLOW)
class FanOut extends AggregateRoot {

    private String communityId;
    private @Nullable String changeId;
    private @Nullable String lastFollowId;
    private boolean complete;

    @PersistenceCreator
    FanOut() {}

    FanOut(String problemId, String communityId) {
        super(problemId);
        this.communityId = communityId;
    }

    /** Where to continue for this change: null to start, the last follow told otherwise. */
    @Nullable
    String resumeAfter(String change) {
        return change.equals(changeId) ? lastFollowId : null;
    }

    boolean isDone(String change) {
        return change.equals(changeId) && complete;
    }

    /** Tells a batch of followers, skipping the actor; {@code last} says whether more followers follow. */
    void tell(String change, List<Follow> batch, @Nullable String actorId, Change what, String title, boolean last) {
        for (Follow follow : batch) {
            if (!follow.memberId().equals(actorId)) {
                raise(new FollowedProblemChanged(id(), communityId, follow.memberId(), what, title));
            }
        }
        this.changeId = change;
        if (!batch.isEmpty()) {
            this.lastFollowId = batch.get(batch.size() - 1).id();
        }
        this.complete = last;
    }
}
