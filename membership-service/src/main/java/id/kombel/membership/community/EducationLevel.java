package id.kombel.membership.community;

/** The school levels a community serves (PAUD is early childhood, SLB special-needs schools). */
enum EducationLevel {
    PAUD,
    SD,
    SMP,
    SMA,
    SMK,
    SLB
}
