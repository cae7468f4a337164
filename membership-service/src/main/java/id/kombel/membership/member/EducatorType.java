package id.kombel.membership.member;

/** Teachers (pendidik) or education staff (tenaga kependidikan): principals, librarians, administrators. */
public enum EducatorType {
    PENDIDIK,
    TENAGA_KEPENDIDIKAN
}
