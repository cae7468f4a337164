package id.kombel.discussion.problem;

import id.kombel.platform.events.EventType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The problem's author or a lead accepted a solution. {@code acceptedBy} is {@value
 * Problem#ANONYMOUS} when the anonymous author accepted it: the solution's author is told, and must
 * not learn who posted the problem.
 */
@EventType("SolutionAccepted")
public record SolutionAccepted(
        String solutionId,
        String problemId,
        String communityId,
        String solutionAuthorId,
        String acceptedBy,
        @Nullable String previousSolutionId,
        String title,
        Instant acceptedAt) {}
