package id.kombel.learning.activity;

/** Where an activity happens: at a venue, online behind a link, or both. */
public enum DeliveryMode {
    IN_PERSON,
    ONLINE,
    HYBRID;

    boolean needsVenue() {
        return this != ONLINE;
    }

    boolean needsLink() {
        return this != IN_PERSON;
    }
}
