package id.kombel.membership.privacy;

import id.kombel.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/** The archive expired and was deleted; the member may ask for a new one. */
class ExportExpiredException extends ApiException {

    ExportExpiredException(String requestId) {
        super(HttpStatus.GONE, "export-expired", "export " + requestId + " expired");
    }
}
