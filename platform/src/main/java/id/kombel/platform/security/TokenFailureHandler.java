package id.kombel.platform.security;

import id.kombel.platform.web.ProblemWriter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A token that cannot be checked because membership-service's keys are out of reach is not the
 * client's fault: 503 with {@code Retry-After}, not 401 (which would make clients drop the session)
 * and not an unhandled 500.
 */
class TokenFailureHandler implements AuthenticationFailureHandler {

    private final ProblemWriter problems;
    private final AuthenticationEntryPoint unauthorized;

    TokenFailureHandler(ProblemWriter problems, AuthenticationEntryPoint unauthorized) {
        this.problems = problems;
        this.unauthorized = unauthorized;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (failure instanceof AuthenticationServiceException) {
            response.setHeader("Retry-After", "5");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "identity-unavailable");
        } else {
            unauthorized.commence(request, response, failure);
        }
    }
}
