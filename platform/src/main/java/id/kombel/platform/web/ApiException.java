package id.kombel.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on. Each subclass has a stable problem type (the last path segment of
 * the problem's {@code type} URI) whose title and detail are looked up as {@code problem.<type>.title}
 * and {@code problem.<type>.detail} in the client's language; the exception's own message is for
 * logs only and never reaches the client.
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final transient Object[] detailArguments;

    protected ApiException(HttpStatus status, String type, String logMessage, Object... detailArguments) {
        super(logMessage);
        this.status = status;
        this.type = type;
        this.detailArguments = detailArguments.clone();
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public Object[] detailArguments() {
        return detailArguments.clone();
    }
}
