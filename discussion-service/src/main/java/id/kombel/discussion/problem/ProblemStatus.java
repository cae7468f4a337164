package id.kombel.discussion.problem;

/** Open until a solution is accepted (solved) or its author or a lead closes it. */
public enum ProblemStatus {
    OPEN,
    SOLVED,
    CLOSED
}
