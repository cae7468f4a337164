package id.kombel.membership.member;

/** The school levels an educator works at. */
public enum Level {
    PAUD,
    SD,
    SMP,
    SMA,
    SMK,
    SLB
}
