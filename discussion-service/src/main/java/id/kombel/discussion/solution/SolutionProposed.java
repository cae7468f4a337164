package id.kombel.discussion.solution;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/**
 * A member proposed a solution. {@code authorId} and {@code problemAuthorId} travel for the problem
 * author's notification; a follower's event derived from it names no one.
 */
@EventType("SolutionProposed")
public record SolutionProposed(
        String solutionId,
        String problemId,
        String communityId,
        String authorId,
        String problemAuthorId,
        String summary,
        Instant proposedAt) {}
