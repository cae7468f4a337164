package id.kombel.membership.engagement;

/** What a fact records; participations are what keeps a weekly streak going. */
enum FactKind {
    ATTENDED(true),
    PROBLEM_POSTED(true),
    SOLUTION_PROPOSED(true),
    OUTCOME_REPORTED(true),
    REFLECTION_SHARED(true),
    LEARNING_HOURS(false),
    SOLUTION_ACCEPTED(false),
    APPRECIATION_RECEIVED(false);

    private final boolean participation;

    FactKind(boolean participation) {
        this.participation = participation;
    }

    boolean isParticipation() {
        return participation;
    }
}
