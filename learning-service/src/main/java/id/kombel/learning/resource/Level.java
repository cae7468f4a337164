package id.kombel.learning.resource;

/** School levels a resource is meant for. */
public enum Level {
    PAUD,
    SD,
    SMP,
    SMA,
    SMK,
    SLB
}
