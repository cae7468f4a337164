package id.kombel.membership.privacy;

enum ExportStatus {
    /** Not every service answered yet. */
    PREPARING,
    /** Every service answered: the archive can be downloaded. */
    READY,
    /** Past its expiry: the archive is gone. */
    EXPIRED
}
