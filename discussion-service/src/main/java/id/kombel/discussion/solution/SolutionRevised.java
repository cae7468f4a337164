package id.kombel.discussion.solution;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/**
 * The author revised a solution: its summary, steps or linked resources. Names nobody, since the
 * author may be the problem's anonymous author.
 */
@EventType("SolutionRevised")
record SolutionRevised(
        String solutionId,
        String problemId,
        String communityId,
        String summary,
        int stepCount,
        int resourceCount,
        Instant revisedAt) {}
