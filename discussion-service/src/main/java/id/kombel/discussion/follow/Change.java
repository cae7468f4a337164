package id.kombel.discussion.follow;

/** What happened to a followed problem. */
enum Change {
    SOLUTION_PROPOSED,
    SOLUTION_ACCEPTED,
    REPLY_POSTED,
    OUTCOME_REPORTED,
    PROBLEM_SOLVED
}
