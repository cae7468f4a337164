package id.kombel.discussion.solution;

import id.kombel.discussion.DiscussionTopics;
import id.kombel.discussion.moderation.ContentHidden;
import id.kombel.discussion.moderation.ContentRestored;
import id.kombel.discussion.moderation.ItemType;
import id.kombel.discussion.moderation.Visibility;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import id.kombel.platform.web.RuleViolationException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A reply to a solution: a question, a clarification, a thank-you. */
@Document("replies")
@AggregateTopic(DiscussionTopics.REPLY)
@CompoundIndex(
        name = "solution_hidden_posted",
        def = "{'solutionId': 1, 'visibility.hidden': 1, 'postedAt': 1, '_id': 1}")
@CompoundIndex(name = "author", def = "{'authorId': 1}")
@CompoundIndex(name = "moderated_by", def = "{'visibility.by': 1}", sparse = true)
class Reply extends AggregateRoot {

    private String solutionId;
    private String problemId;
    private String communityId;
    private String authorId;
    private String body;
    private Instant postedAt;
    private @Nullable Instant editedAt;
    private Visibility visibility;

    @PersistenceCreator
    Reply() {}

    private Reply(String id) {
        super(id);
    }

    /** {@code shownAuthorId} is what the event may say: null for the anonymous problem author. */
    static Reply post(
            String id, Solution solution, String authorId, @Nullable String shownAuthorId, String body, Instant now) {
        Reply reply = new Reply(id);
        reply.solutionId = solution.id();
        reply.problemId = solution.problemId();
        reply.communityId = solution.communityId();
        reply.authorId = authorId;
        reply.body = body;
        reply.postedAt = now;
        reply.visibility = Visibility.shown();
        reply.raise(new ReplyPosted(id, solution.id(), reply.problemId, reply.communityId, shownAuthorId, now));
        return reply;
    }

    /** The author rewrites the reply; false (nothing raised) when the text is the same. */
    boolean edit(String newBody, Instant now) {
        if (hidden()) {
            throw new RuleViolationException("content-hidden", "reply " + id() + " is hidden");
        }
        if (body.equals(newBody)) {
            return false;
        }
        this.body = newBody;
        this.editedAt = now;
        raise(new ReplyEdited(id(), solutionId, problemId, communityId, now));
        return true;
    }

    void hide(String lead, String reason, Instant now) {
        visibility = visibility.hide(lead, reason, now);
        raise(new ContentHidden(ItemType.REPLY, id(), problemId, communityId, lead, reason, now));
    }

    void restore(String lead, String reason, Instant now) {
        visibility = visibility.restore(lead, reason, now);
        raise(new ContentRestored(ItemType.REPLY, id(), problemId, communityId, lead, reason, now));
    }

    String solutionId() {
        return solutionId;
    }

    String problemId() {
        return problemId;
    }

    String authorId() {
        return authorId;
    }

    String body() {
        return body;
    }

    Instant postedAt() {
        return postedAt;
    }

    boolean hidden() {
        return visibility.hidden();
    }
}
