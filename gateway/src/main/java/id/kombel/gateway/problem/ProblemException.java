package id.kombel.gateway.problem;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** A refusal the gateway answers with a problem of the given {@code type}, never with a stack trace. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final @Nullable Duration retryAfter;

    public ProblemException(HttpStatus status, String type) {
        this(status, type, null);
    }

    public ProblemException(HttpStatus status, String type, @Nullable Duration retryAfter) {
        super(type, null, false, false);
        this.status = status;
        this.type = type;
        this.retryAfter = retryAfter;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
