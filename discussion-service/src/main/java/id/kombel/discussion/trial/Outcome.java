package id.kombel.discussion.trial;

/** How trying a solution in class went. */
public enum Outcome {
    WORKED,
    PARTLY,
    DID_NOT_WORK
}
