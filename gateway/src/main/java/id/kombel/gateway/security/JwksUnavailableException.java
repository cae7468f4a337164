package id.kombel.gateway.security;

/** membership-service's keys could not be fetched: the token cannot be judged, which is not the client's fault. */
class JwksUnavailableException extends RuntimeException {

    JwksUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
