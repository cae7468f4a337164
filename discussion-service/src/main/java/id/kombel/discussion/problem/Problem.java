package id.kombel.discussion.problem;

import id.kombel.discussion.DiscussionTopics;
import id.kombel.discussion.moderation.ContentHidden;
import id.kombel.discussion.moderation.ContentRestored;
import id.kombel.discussion.moderation.ItemType;
import id.kombel.discussion.moderation.Visibility;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import id.kombel.platform.web.ConflictException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A classroom problem a member posted in a community, and the rules of its life: the author edits,
 * closes and reopens it; the author or a lead accepts one solution (which solves it) and may change
 * that choice; leads lock it (no new solutions, replies or trials) and hide or restore it.
 *
 * <p>The document also holds counters this class never writes ({@code solutionCount},
 * {@code helpfulVotes}, {@code firstSolutionAt}): they are recounted in place by
 * {@link id.kombel.discussion.counter.Counters} as solutions and votes arrive, so they neither conflict with nor get overwritten by the author's
 * edits (the store only sets the fields this class maps). Lists read them through {@link ProblemCard}.
 *
 * <p>Every list filters on {@code communityId} and {@code searchKeys} (see {@link SearchKeys}) and
 * sorts by one field; the indexes below serve each sort, unanswered being {@code solutionCount: 0}.
 */
@Document(Problem.COLLECTION)
@AggregateTopic(DiscussionTopics.PROBLEM)
@CompoundIndex(name = "community_keys_newest", def = "{'communityId': 1, 'searchKeys': 1, 'postedAt': -1, '_id': -1}")
@CompoundIndex(
        name = "community_keys_helpful",
        def = "{'communityId': 1, 'searchKeys': 1, 'helpfulVotes': -1, '_id': -1}")
@CompoundIndex(
        name = "community_unanswered_keys_newest",
        def = "{'communityId': 1, 'solutionCount': 1, 'searchKeys': 1, 'postedAt': -1, '_id': -1}")
@CompoundIndex(name = "region_posted", def = "{'regionId': 1, 'postedAt': 1}")
@CompoundIndex(name = "region_wait", def = "{'regionId': 1, 'minutesToFirstSolution': 1, 'postedAt': 1}")
@CompoundIndex(name = "author_posted", def = "{'authorId': 1, 'postedAt': -1}")
@CompoundIndex(name = "moderated_by", def = "{'visibility.by': 1}", sparse = true)
class Problem extends AggregateRoot {

    static final String COLLECTION = "problems";

    /** Who accepted a solution, in an event, when it was the anonymous author. */
    static final String ANONYMOUS = "anonymous";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private String communityId;
    private String regionId;
    private String authorId;
    private boolean anonymous;
    private String title;
    private String description;
    private Category category;
    private @Nullable String subject;
    private @Nullable SchoolLevel level;
    private @Nullable Integer grade;
    private List<String> tags;
    private ProblemStatus status;
    private boolean locked;
    private Visibility visibility;
    private @Nullable String acceptedSolutionId;
    private Instant postedAt;
    private String postedMonth;
    private @Nullable Instant updatedAt;
    private @Nullable Instant solvedAt;
    private List<String> searchKeys;

    @PersistenceCreator
    Problem() {}

    private Problem(
            String id,
            String communityId,
            String regionId,
            String authorId,
            boolean anonymous,
            ProblemDetails details,
            Instant now,
            ZoneId zone) {
        super(id);
        this.communityId = communityId;
        this.regionId = regionId;
        this.authorId = authorId;
        this.anonymous = anonymous;
        this.status = ProblemStatus.OPEN;
        this.visibility = Visibility.shown();
        this.postedAt = now;
        this.postedMonth = MONTH.format(now.atZone(zone));
        describe(details);
    }

    static Problem post(
            String id,
            String communityId,
            String regionId,
            String authorId,
            boolean anonymous,
            ProblemDetails details,
            Instant now,
            ZoneId zone) {
        Problem problem = new Problem(id, communityId, regionId, authorId, anonymous, details, now, zone);
        problem.raise(new ProblemPosted(
                id,
                communityId,
                regionId,
                authorId,
                anonymous,
                problem.title,
                problem.category,
                problem.subject,
                problem.level,
                List.copyOf(problem.tags),
                now));
        return problem;
    }

    /** The author changes what they wrote; false (nothing raised) when nothing changed. */
    boolean edit(ProblemDetails details, Instant now) {
        if (details.equals(details())) {
            return false;
        }
        describe(details);
        this.updatedAt = now;
        raise(new ProblemUpdated(id(), communityId, title, category, subject, level, List.copyOf(tags), now));
        return true;
    }

    void close(Instant now) {
        if (status == ProblemStatus.CLOSED) {
            throw new ConflictException("problem-closed", "problem %s is closed".formatted(id()));
        }
        this.status = ProblemStatus.CLOSED;
        refreshKeys();
        raise(new ProblemClosed(id(), communityId, now));
    }

    /** Back to solved if a solution was accepted before it was closed, open otherwise. */
    void reopen(Instant now) {
        if (status != ProblemStatus.CLOSED) {
            throw new ConflictException("problem-not-closed", "problem %s is %s".formatted(id(), status), status);
        }
        this.status = acceptedSolutionId == null ? ProblemStatus.OPEN : ProblemStatus.SOLVED;
        refreshKeys();
        raise(new ProblemReopened(id(), communityId, status, now));
    }

    /**
     * Accepts a solution of this problem (the caller checked it belongs here); solves the problem the
     * first time. False when that solution is already the accepted one.
     */
    boolean accept(String solutionId, String solutionAuthorId, String acceptedBy, Instant now) {
        if (status == ProblemStatus.CLOSED) {
            throw new ConflictException("problem-closed", "problem %s is closed".formatted(id()));
        }
        if (solutionId.equals(acceptedSolutionId)) {
            return false;
        }
        String previous = acceptedSolutionId;
        this.acceptedSolutionId = solutionId;
        String by = anonymous && authorId.equals(acceptedBy) ? ANONYMOUS : acceptedBy;
        raise(new SolutionAccepted(solutionId, id(), communityId, solutionAuthorId, by, previous, title, now));
        if (status == ProblemStatus.OPEN) {
            this.status = ProblemStatus.SOLVED;
            this.solvedAt = now;
            refreshKeys();
            raise(new ProblemSolved(id(), communityId, solutionId, title, by, now));
        }
        return true;
    }

    void lock(String lead, String reason, Instant now) {
        if (locked) {
            throw new ConflictException("problem-locked", "problem %s is locked".formatted(id()));
        }
        this.locked = true;
        raise(new ProblemLocked(id(), communityId, lead, reason, now));
    }

    void unlock(String lead, String reason, Instant now) {
        if (!locked) {
            throw new ConflictException("problem-not-locked", "problem %s is not locked".formatted(id()));
        }
        this.locked = false;
        raise(new ProblemUnlocked(id(), communityId, lead, reason, now));
    }

    void hide(String lead, String reason, Instant now) {
        this.visibility = visibility.hide(lead, reason, now);
        refreshKeys();
        raise(new ContentHidden(ItemType.PROBLEM, id(), id(), communityId, lead, reason, now));
    }

    void restore(String lead, String reason, Instant now) {
        this.visibility = visibility.restore(lead, reason, now);
        refreshKeys();
        raise(new ContentRestored(ItemType.PROBLEM, id(), id(), communityId, lead, reason, now));
    }

    /** New solutions, replies and trials need a problem that is neither locked nor closed. */
    void requireOpenToContributions() {
        if (locked) {
            throw new ConflictException("problem-locked", "problem %s is locked".formatted(id()));
        }
        if (status == ProblemStatus.CLOSED) {
            throw new ConflictException("problem-closed", "problem %s is closed".formatted(id()));
        }
    }

    private void describe(ProblemDetails details) {
        this.title = details.title();
        this.description = details.description();
        this.category = details.category();
        this.subject = details.subject();
        this.level = details.level();
        this.grade = details.grade();
        this.tags = new ArrayList<>(details.tags());
        refreshKeys();
    }

    private void refreshKeys() {
        this.searchKeys = SearchKeys.of(this);
    }

    boolean isAuthor(String memberId) {
        return authorId.equals(memberId);
    }

    ProblemDetails details() {
        return new ProblemDetails(title, description, category, subject, level, grade, List.copyOf(tags));
    }

    String communityId() {
        return communityId;
    }

    String regionId() {
        return regionId;
    }

    String authorId() {
        return authorId;
    }

    boolean anonymous() {
        return anonymous;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    Category category() {
        return category;
    }

    @Nullable
    String subject() {
        return subject;
    }

    @Nullable
    SchoolLevel level() {
        return level;
    }

    @Nullable
    Integer grade() {
        return grade;
    }

    List<String> tags() {
        return List.copyOf(tags);
    }

    ProblemStatus status() {
        return status;
    }

    boolean locked() {
        return locked;
    }

    boolean hidden() {
        return visibility.hidden();
    }

    Visibility visibility() {
        return visibility;
    }

    @Nullable
    String acceptedSolutionId() {
        return acceptedSolutionId;
    }

    Instant postedAt() {
        return postedAt;
    }

    @Nullable
    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable
    Instant solvedAt() {
        return solvedAt;
    }
}
