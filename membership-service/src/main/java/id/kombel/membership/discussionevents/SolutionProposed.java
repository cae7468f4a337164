package id.kombel.membership.discussionevents;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** {@code authorId} proposed a solution to the problem of {@code problemAuthorId}. */
@EventType("SolutionProposed")
public record SolutionProposed(
        String solutionId,
        String problemId,
        String communityId,
        String authorId,
        String problemAuthorId,
        Instant proposedAt) {}
