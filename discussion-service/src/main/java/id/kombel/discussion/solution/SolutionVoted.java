package id.kombel.discussion.solution;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A member marked a solution helpful ({@code helpful} true) or took the mark back. */
@EventType("SolutionVoted")
public record SolutionVoted(
        String voteId,
        String solutionId,
        String problemId,
        String communityId,
        String memberId,
        boolean helpful,
        Instant votedAt) {}
