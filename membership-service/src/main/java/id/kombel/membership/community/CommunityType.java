package id.kombel.membership.community;

/** The ministry's three kinds of learning community. */
public enum CommunityType {
    /** Educators of one school. */
    SCHOOL,
    /** Educators of several schools, for example one subject across a district. */
    CROSS_SCHOOL,
    /** A community that meets online. */
    ONLINE
}
