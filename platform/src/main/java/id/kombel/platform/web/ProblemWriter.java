package id.kombel.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for the places that answer before a controller
 * runs (security filters, the idempotency filter): the same {@link Problems} texts in the client's
 * language and the same JSON as {@link ProblemDetailsAdvice} gives everything behind the dispatcher.
 */
public class ProblemWriter {

    private final Problems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    public ProblemWriter(Problems problems, JsonMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String type)
            throws IOException {
        ProblemDetail problem = problems.of(status, type, locales.resolveLocale(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
