package id.kombel.membership.member;

import id.kombel.platform.web.ConflictException;

/** Another account has this email, in whatever case. The log message leaves the address out. */
class EmailTakenException extends ConflictException {

    EmailTakenException() {
        super("email-taken", "registration with an email that is already taken");
    }
}
