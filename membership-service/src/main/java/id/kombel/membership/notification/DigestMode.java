package id.kombel.membership.notification;

/** One notification per event, or one summary a day. */
public enum DigestMode {
    OFF,
    DAILY
}
