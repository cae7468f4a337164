package id.kombel.membership.discussionevents;

import id.kombel.platform.events.EventType;

/**
 * Something happened to a problem {@code memberId} follows ({@code change}: SOLUTION_PROPOSED,
 * SOLUTION_ACCEPTED, REPLY_POSTED, OUTCOME_REPORTED, PROBLEM_SOLVED). One event per follower; it never
 * carries the actor.
 */
@EventType("FollowedProblemChanged")
public record FollowedProblemChanged(
        String problemId, String communityId, String memberId, String change, String title) {}
