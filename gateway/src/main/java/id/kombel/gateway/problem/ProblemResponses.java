package id.kombel.gateway.problem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every problem the gateway answers itself: 401 and 403 at the edge, 429, 413, 503 while a
 * service is unreachable, 504, and anything unexpected (a generic 500, never its message).
 */
@Component
public class ProblemResponses {

    public static final String TYPE_BASE = "https://kombel.id/problems/";

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

    private final MessageSource messages;
    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("gateway-problems");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        this.messages = source;
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String type) {
        return write(exchange, status, type, null);
    }

    /** Answers with the problem unless the response has already started, which cannot be undone. */
    public Mono<Void> write(
            ServerWebExchange exchange, HttpStatusCode status, String type, @Nullable Duration retryAfter) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Locale locale = languageOf(exchange);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", messages.getMessage("problem." + type + ".title", null, type, locale));
        String detail = messages.getMessage("problem." + type + ".detail", null, null, locale);
        if (detail != null) {
            problem.put("detail", detail);
        }
        problem.put("status", status.value());
        problem.put("instance", exchange.getRequest().getPath().value());
        byte[] body = json.writeValueAsBytes(problem);

        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        headers.setContentLanguage(locale);
        if (retryAfter != null) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(retryAfter)));
        }
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    /** Indonesian unless the client prefers English. */
    static Locale languageOf(ServerWebExchange exchange) {
        try {
            List<Locale.LanguageRange> ranges =
                    exchange.getRequest().getHeaders().getAcceptLanguage();
            Locale chosen = Locale.lookup(ranges, SUPPORTED);
            return chosen != null ? chosen : INDONESIAN;
        } catch (IllegalArgumentException malformedHeader) {
            return INDONESIAN;
        }
    }

    /** Whole seconds, rounded up so that a client retrying on time is not refused again. */
    static long seconds(Duration duration) {
        long seconds = duration.toSeconds();
        return Math.max(1, duration.toNanosPart() > 0 ? seconds + 1 : seconds);
    }
}
