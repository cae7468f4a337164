package id.kombel.platform.web;

import org.springframework.http.HttpStatus;

/**
 * The resource does not exist, or the caller may not know it exists: both answer 404 so that ids
 * cannot be probed.
 */
public class NotFoundException extends ApiException {

    public NotFoundException(String resource, String id) {
        super(HttpStatus.NOT_FOUND, "not-found", resource + " " + id + " not found", resource);
    }
}
