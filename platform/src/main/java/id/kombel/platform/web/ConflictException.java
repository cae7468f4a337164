package id.kombel.platform.web;

import org.springframework.http.HttpStatus;

/** The request is valid but clashes with the current state (a duplicate, a state that forbids it). */
public class ConflictException extends ApiException {

    public ConflictException(String type, String logMessage, Object... detailArguments) {
        super(HttpStatus.CONFLICT, type, logMessage, detailArguments);
    }
}
