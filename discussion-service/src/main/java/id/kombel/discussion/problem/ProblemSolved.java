package id.kombel.discussion.problem;

import id.kombel.platform.events.EventType;
import java.time.Instant;
import java.util.List;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@EventType("ProblemSolved")
public record ProblemSolved(String problemId, String communityId, String solutionId, String title, String acceptedBy, Instant solvedAt) {}
