package id.kombel.platform.web;

import org.springframework.http.HttpStatus;

/** The client's {@code If-Match} names a version that is no longer current. */
public class PreconditionFailedException extends ApiException {

    public PreconditionFailedException(String resource, String id) {
        super(HttpStatus.PRECONDITION_FAILED, "stale-version", resource + " " + id + " changed since it was read");
    }
}
