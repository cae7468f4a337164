package id.kombel.discussion.solution;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** Facts about solutions (discussion.solution), replies (discussion.reply) and votes (discussion.vote). */
final class SolutionEvents {

    private SolutionEvents() {}
}

/** A member marked a solution helpful ({@code helpful} true) or took the mark back. */
@EventType("SolutionVoted")
record SolutionVoted(
        String voteId,
        String solutionId,
        String problemId,
        String communityId,
        String memberId,
        boolean helpful,
        Instant votedAt) {}
