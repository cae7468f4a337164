package id.kombel.platform.events;

/** A record that can never be processed: it goes straight to the dead-letter topic, without retries. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
