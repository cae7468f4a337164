package id.kombel.discussion.problem;

/** The level of schooling a problem is about. */
public enum SchoolLevel {
    PAUD,
    SD,
    SMP,
    SMA,
    SMK,
    SLB
}
