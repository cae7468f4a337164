package id.kombel.membership.discussionevents;

/** The discussion-service topics membership-service reads; discussion-service owns and creates them. */
public final class DiscussionTopics {

    public static final String PROBLEM = "discussion.problem";
    public static final String SOLUTION = "discussion.solution";
    public static final String TRIAL = "discussion.trial";
    public static final String APPRECIATION = "discussion.appreciation";
    public static final String FOLLOW = "discussion.follow";

    private DiscussionTopics() {}
}
