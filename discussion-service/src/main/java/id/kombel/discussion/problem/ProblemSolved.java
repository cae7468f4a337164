package id.kombel.discussion.problem;

import id.kombel.platform.events.EventType;
import java.time.Instant;

@EventType("ProblemSolved")
public record ProblemSolved(
        String problemId, String communityId, String solutionId, String title, String acceptedBy, Instant solvedAt) {}
