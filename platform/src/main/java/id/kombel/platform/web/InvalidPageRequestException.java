package id.kombel.platform.web;

import org.springframework.http.HttpStatus;

/** A {@code limit} out of range or a cursor this server did not issue. */
public class InvalidPageRequestException extends ApiException {

    public InvalidPageRequestException(String logMessage) {
        super(HttpStatus.BAD_REQUEST, "invalid-page-request", logMessage);
    }
}
