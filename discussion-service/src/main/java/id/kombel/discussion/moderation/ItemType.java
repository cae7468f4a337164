package id.kombel.discussion.moderation;

/** The kinds of content members contribute, which can be appreciated, flagged and hidden. */
public enum ItemType {
    PROBLEM,
    SOLUTION,
    REPLY,
    OUTCOME
}
