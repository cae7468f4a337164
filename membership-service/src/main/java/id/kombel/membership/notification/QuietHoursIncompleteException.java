package id.kombel.membership.notification;

import id.kombel.platform.web.RuleViolationException;

/** Quiet hours need both a start and an end. */
class QuietHoursIncompleteException extends RuleViolationException {

    QuietHoursIncompleteException() {
        super("quiet-hours-incomplete", "quiet hours need both quietFrom and quietUntil");
    }
}
