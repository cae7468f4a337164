package id.kombel.learning.reflection;

/** A private reflection is its author's alone; a shared one is read by the community's members. */
enum Visibility {
    PRIVATE,
    COMMUNITY
}
