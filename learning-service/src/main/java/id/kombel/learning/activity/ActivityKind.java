package id.kombel.learning.activity;

/** What kind of learning an activity is. */
public enum ActivityKind {
    TRAINING,
    WORKSHOP,
    SHARING_SESSION,
    ROUTINE_MEETING,
    PEER_OBSERVATION,
    LESSON_STUDY,
    WEBINAR
}
