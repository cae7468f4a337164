package id.kombel.membership.learningevents;

/** The learning-service topics membership-service reads; learning-service owns and creates them. */
public final class LearningTopics {

    public static final String ACTIVITY = "learning.activity";
    public static final String REGISTRATION = "learning.registration";
    public static final String REFLECTION = "learning.reflection";
    public static final String RECOMMENDATION = "learning.recommendation";

    private LearningTopics() {}
}
