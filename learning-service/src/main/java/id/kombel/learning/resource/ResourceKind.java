package id.kombel.learning.resource;

/** What a resource is. */
public enum ResourceKind {
    VIDEO,
    EBOOK,
    MODULE,
    ARTICLE,
    COURSE,
    LESSON_PLAN,
    WORKSHEET,
    HOW_TO_GUIDE,
    OTHER
}
