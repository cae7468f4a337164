package id.kombel.platform.privacy;

/**
 * A service's export would not fit in one answer event. Not retried: the request goes to the
 * dead-letter topic and stays PREPARING for the member, and the log says which contributor to trim.
 */
class ExportTooLargeException extends RuntimeException {

    ExportTooLargeException(String message) {
        super(message);
    }
}
