package id.kombel.learning;

/**
 * The topics of the resource, goal, reflection and recommendation features, and the topics they
 * consume (see docs/events/asyncapi.yaml). Names are the contract, declared once here.
 */
public final class ContentTopics {

    public static final String RESOURCE = "learning.resource";

    public static final String GOAL = "learning.goal";

    public static final String REFLECTION = "learning.reflection";

    /** Keyed by problem id. */
    public static final String RECOMMENDATION = "learning.recommendation";

    /** Published by the activities feature; read for upcoming activities to recommend. */
    public static final String ACTIVITY = "learning.activity";

    /** Published by the registrations feature; read for who attended what. */
    public static final String REGISTRATION = "learning.registration";

    /** Published by discussion-service. */
    public static final String DISCUSSION_PROBLEM = "discussion.problem";

    private ContentTopics() {}
}
