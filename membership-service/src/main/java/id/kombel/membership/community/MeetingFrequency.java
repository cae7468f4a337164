package id.kombel.membership.community;

/** How often a community's routine meeting takes place. */
enum MeetingFrequency {
    /** Every week on the meeting's day. */
    WEEKLY,
    /** Every other week on the meeting's day, counted from the week the schedule was set. */
    FORTNIGHTLY,
    /** On the first of the meeting's weekday in each month (for example the first Friday). */
    MONTHLY
}
