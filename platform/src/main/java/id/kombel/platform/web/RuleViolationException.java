package id.kombel.platform.web;

import org.springframework.http.HttpStatus;

/** Well-formed input that breaks a business rule (422), with its own stable problem type. */
public class RuleViolationException extends ApiException {

    public RuleViolationException(String type, String logMessage, Object... detailArguments) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, type, logMessage, detailArguments);
    }
}
