package id.kombel.discussion.trial;

import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import id.kombel.platform.web.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's commitment to try a solution in class by a date (in the community's region's zone),
 * closed by the outcome they report. When the date passes with no outcome, the follow-up is raised
 * once: the sweeper that stores it first wins, any other fails on the version and moves on.
 */
@Document("trials")
@AggregateTopic(DiscussionTopics.TRIAL)
@CompoundIndex(name = "solution_member", def = "{'solutionId': 1, 'memberId': 1}", unique = true)
@CompoundIndex(name = "follow_up_due", def = "{'outcome': 1, 'followUpRaised': 1, 'followUpAt': 1}")
@CompoundIndex(name = "region_reported", def = "{'regionId': 1, 'reportedAt': 1}")
@CompoundIndex(name = "member", def = "{'memberId': 1}")
@CompoundIndex(name = "solution_outcome", def = "{'solutionId': 1, 'outcome': 1}")
class Trial extends AggregateRoot {

    private String solutionId;
    private String problemId;
    private String communityId;
    private String regionId;
    private String memberId;
    private LocalDate dueOn;
    private Instant followUpAt;
    private boolean followUpRaised;
    private @Nullable Outcome outcome;
    private @Nullable String note;
    private @Nullable String evidenceUrl;
    private Instant committedAt;
    private @Nullable Instant reportedAt;

    @PersistenceCreator
    Trial() {}

    private Trial(String id) {
        super(id);
    }

    /** The follow-up falls due when {@code dueOn} has passed in the region, at the next midnight there. */
    static Trial commit(
            String id,
            String solutionId,
            String problemId,
            String communityId,
            String regionId,
            String memberId,
            LocalDate dueOn,
            ZoneId zone,
            Instant now) {
        Trial trial = new Trial(id);
        trial.solutionId = solutionId;
        trial.problemId = problemId;
        trial.communityId = communityId;
        trial.regionId = regionId;
        trial.memberId = memberId;
        trial.dueOn = dueOn;
        trial.followUpAt = dueOn.plusDays(1).atStartOfDay(zone).toInstant();
        trial.committedAt = now;
        trial.raise(new TrialCommitted(id, solutionId, problemId, communityId, memberId, dueOn));
        return trial;
    }

    void report(Outcome outcome, String note, @Nullable String evidenceUrl, Instant now) {
        if (this.outcome != null) {
            throw new ConflictException("outcome-reported", "trial %s already has an outcome".formatted(id()));
        }
        this.outcome = outcome;
        this.note = note;
        this.evidenceUrl = evidenceUrl;
        this.reportedAt = now;
        raise(new TrialOutcomeReported(
                id(), solutionId, problemId, communityId, memberId, outcome, note, evidenceUrl, now));
    }

    /** False when there is nothing to follow up: an outcome came, the follow-up went, or it is not due. */
    boolean followUp(Instant now) {
        if (outcome != null || followUpRaised || now.isBefore(followUpAt)) {
            return false;
        }
        followUpRaised = true;
        raise(new TrialFollowUpDue(id(), solutionId, problemId, communityId, memberId, dueOn));
        return true;
    }

    String solutionId() {
        return solutionId;
    }

    String problemId() {
        return problemId;
    }

    String memberId() {
        return memberId;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    boolean followUpRaised() {
        return followUpRaised;
    }

    @Nullable
    Outcome outcome() {
        return outcome;
    }

    @Nullable
    String note() {
        return note;
    }

    @Nullable
    String evidenceUrl() {
        return evidenceUrl;
    }

    Instant committedAt() {
        return committedAt;
    }

    @Nullable
    Instant reportedAt() {
        return reportedAt;
    }
}
