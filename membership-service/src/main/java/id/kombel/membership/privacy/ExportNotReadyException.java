package id.kombel.membership.privacy;

import id.kombel.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/** The archive is asked for before every service answered. */
class ExportNotReadyException extends ApiException {

    ExportNotReadyException(String requestId) {
        super(HttpStatus.CONFLICT, "export-not-ready", "export " + requestId + " is still being prepared");
    }
}
