package id.kombel.discussion.solution;

import id.kombel.discussion.problem.ProblemView;

/** A solution as other features see it once the caller was authorized for it, with its problem. */
public record SolutionView(String id, String authorId, ProblemView problem) {}
