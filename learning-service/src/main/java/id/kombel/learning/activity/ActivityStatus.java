package id.kombel.learning.activity;

/** An activity's life cycle: drafted, published for registration, then cancelled or completed. */
public enum ActivityStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED,
    COMPLETED
}
