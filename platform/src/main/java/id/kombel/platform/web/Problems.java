package id.kombel.platform.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds every problem response the platform sends: a stable {@code type} URI per kind of problem,
 * and a title and detail in the client's language from {@code kombel-problems*.properties}.
 */
public class Problems {

    public static final String TYPE_BASE = "https://kombel.id/problems/";

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(HttpStatusCode status, String type, Locale locale, Object... detailArguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(messages.getMessage("problem." + type + ".title", null, type, locale));
        String detail = messages.getMessage("problem." + type + ".detail", detailArguments, null, locale);
        if (detail != null) {
            problem.setDetail(detail);
        }
        return problem;
    }

    /** The message for a validation code such as {@code NotBlank}, falling back to the given default. */
    public String fieldMessage(String code, Object[] arguments, String fallback, Locale locale) {
        return messages.getMessage("validation." + code, arguments, fallback, locale);
    }
}
