package id.kombel.learning.resource;

/** Who sees a resource: the members of its community, or the members of every community in its region. */
public enum ResourceScope {
    COMMUNITY,
    REGION
}
