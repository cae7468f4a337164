package id.kombel.membership.discussionevents;

import id.kombel.platform.events.EventType;
import org.jspecify.annotations.Nullable;

/**
 * Something happened to a problem {@code memberId} follows ({@code change}: SOLUTION_PROPOSED,
 * SOLUTION_ACCEPTED, REPLY_POSTED, OUTCOME_REPORTED, PROBLEM_SOLVED). One event per follower; it never
 * carries the actor. {@code changeId} is the id of the event that made the change, the same however
 * often the fan-out runs (absent in records published before it was added).
 */
@EventType("FollowedProblemChanged")
public record FollowedProblemChanged(
        String problemId,
        String communityId,
        String memberId,
        String change,
        String title,
        @Nullable String changeId) {}
