package id.kombel.discussion;

/** The topics discussion-service publishes (see docs/events/asyncapi.yaml), declared once. */
public final class DiscussionTopics {

    public static final String PROBLEM = "discussion.problem";

    public static final String SOLUTION = "discussion.solution";

    /** Replies to solutions, keyed by reply id. */
    public static final String REPLY = "discussion.reply";

    /** Helpful votes, keyed by vote id {@code <solutionId>:<memberId>}. */
    public static final String VOTE = "discussion.vote";

    public static final String TRIAL = "discussion.trial";

    public static final String APPRECIATION = "discussion.appreciation";

    /** Flags raised by members for the leads, keyed by flag id. */
    public static final String MODERATION = "discussion.moderation";

    /** One FollowedProblemChanged per follower, keyed by problem id. */
    public static final String FOLLOW = "discussion.follow";

    private DiscussionTopics() {}
}
