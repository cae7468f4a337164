package id.kombel.platform.web;

import org.springframework.http.HttpStatus;

/** The caller is known but this action on this object is not theirs to take. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String logMessage) {
        super(HttpStatus.FORBIDDEN, "forbidden", logMessage);
    }
}
