package id.kombel.membership.insights;

import id.kombel.platform.web.RuleViolationException;

/** A period that ends before it starts, or spans more than the dashboard reads. */
class InvalidPeriodException extends RuleViolationException {

    InvalidPeriodException(String logMessage, int maxMonths) {
        super("invalid-period", logMessage, maxMonths);
    }
}
