package id.kombel.local;

import java.util.List;

/** Start-up cannot go on; the message is written for the person who ran ./kombel. */
final class StartupException extends Exception {

    private final List<String> details;

    StartupException(String message) {
        this(message, List.of());
    }

    StartupException(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    /** Lines that help find the cause, such as the end of the failing app's log. */
    List<String> details() {
        return details;
    }
}
