package id.kombel.discussion.problem;

/** What kind of classroom problem it is. */
public enum Category {
    STUDENT_MOTIVATION,
    LEARNING_MEDIA,
    MONOTONOUS_LESSONS,
    ASSESSMENT_ACCURACY,
    CLASSROOM_MANAGEMENT,
    DIGITAL_LITERACY,
    OTHER
}
