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
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's proposed solution to a problem: what to do, the steps, the resources it links. The
 * document also holds counters this class never writes ({@code helpfulVotes}, {@code replyCount},
 * {@code outcomes.<OUTCOME>}), recounted in place by {@link id.kombel.discussion.counter.Counters} and
 * read through {@link SolutionCard}, so votes and trials never conflict with the solution's own changes.
 */
@Document(Solution.COLLECTION)
@AggregateTopic(DiscussionTopics.SOLUTION)
@CompoundIndex(
        name = "problem_hidden_posted",
        def = "{'problemId': 1, 'visibility.hidden': 1, 'postedAt': 1, '_id': 1}")
@CompoundIndex(name = "problem_posted", def = "{'problemId': 1, 'postedAt': 1}")
@CompoundIndex(name = "author", def = "{'authorId': 1}")
@CompoundIndex(name = "moderated_by", def = "{'visibility.by': 1}", sparse = true)
class Solution extends AggregateRoot {

    static final String COLLECTION = "solutions";

    private String problemId;
    private String communityId;
    private String authorId;
    private String summary;
    private List<String> steps;
    private List<LinkedResource> resources;
    private Instant postedAt;
    private @Nullable Instant revisedAt;
    private Visibility visibility;

    @PersistenceCreator
    Solution() {}

    private Solution(String id) {
        super(id);
    }

    static Solution propose(
            String id,
            String problemId,
            String communityId,
            String problemAuthorId,
            String authorId,
            SolutionRequest request,
            Instant now) {
        Solution solution = new Solution(id);
        solution.problemId = problemId;
        solution.communityId = communityId;
        solution.authorId = authorId;
        solution.write(request);
        solution.postedAt = now;
        solution.visibility = Visibility.shown();
        solution.raise(
                new SolutionProposed(id, problemId, communityId, authorId, problemAuthorId, solution.summary, now));
        return solution;
    }

    /**
     * The author rewrites the solution; false (nothing raised) when nothing changed. Hidden content is
     * not edited until a lead restores it (the caller checks the problem still takes contributions).
     */
    boolean revise(SolutionRequest request, Instant now) {
        if (hidden()) {
            throw new RuleViolationException("content-hidden", "solution " + id() + " is hidden");
        }
        List<String> before = steps;
        List<LinkedResource> resourcesBefore = resources;
        String summaryBefore = summary;
        write(request);
        if (summary.equals(summaryBefore) && steps.equals(before) && resources.equals(resourcesBefore)) {
            return false;
        }
        this.revisedAt = now;
        raise(new SolutionRevised(id(), problemId, communityId, summary, steps.size(), resources.size(), now));
        return true;
    }

    private void write(SolutionRequest request) {
        this.summary = request.summary().strip();
        this.steps = new ArrayList<>(request.steps() == null ? List.of() : request.steps());
        this.resources = new ArrayList<>(request.resources() == null ? List.of() : request.resources());
    }

    void hide(String lead, String reason, Instant now) {
        visibility = visibility.hide(lead, reason, now);
        raise(new ContentHidden(ItemType.SOLUTION, id(), problemId, communityId, lead, reason, now));
    }

    void restore(String lead, String reason, Instant now) {
        visibility = visibility.restore(lead, reason, now);
        raise(new ContentRestored(ItemType.SOLUTION, id(), problemId, communityId, lead, reason, now));
    }

    String problemId() {
        return problemId;
    }

    String communityId() {
        return communityId;
    }

    String authorId() {
        return authorId;
    }

    String summary() {
        return summary;
    }

    List<String> steps() {
        return List.copyOf(steps);
    }

    List<LinkedResource> resources() {
        return List.copyOf(resources);
    }

    Instant postedAt() {
        return postedAt;
    }

    boolean isAuthor(String memberId) {
        return authorId.equals(memberId);
    }

    boolean hidden() {
        return visibility.hidden();
    }
}
