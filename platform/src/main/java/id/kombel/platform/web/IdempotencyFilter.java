package id.kombel.platform.web;

import com.mongodb.MongoException;
import id.kombel.platform.web.IdempotencyKeys.Acquired;
import id.kombel.platform.web.IdempotencyKeys.BodyMismatch;
import id.kombel.platform.web.IdempotencyKeys.Claim;
import id.kombel.platform.web.IdempotencyKeys.Completed;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a {@code POST} with an {@code Idempotency-Key} header safe to retry: the first request runs
 * and its response is stored; a retry with the same key and body gets that response again, marked
 * {@code Idempotent-Replayed: true}, without running the handler (no second aggregate, no second
 * event). The same key with another body is a 422, the same key while the first request still runs a
 * 409 with {@code Retry-After}. Requests without the header pass untouched and stream as before.
 *
 * <p>A key belongs to its caller, method and path: the token's subject, or for public endpoints
 * (registration) "anonymous" and the client's address. Responses below 500 are stored, client errors
 * included, so a retry cannot turn a rejected request into an accepted one; a 5xx or an exception
 * releases the key so the client can retry.
 *
 * <p>Runs after Spring Security's filters, so the caller is known and an unauthenticated request is
 * refused before it can hold a key.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    private final IdempotencyKeys keys;
    private final ProblemWriter problems;
    private final int maxStoredBody;

    IdempotencyFilter(IdempotencyKeys keys, ProblemWriter problems, int maxStoredBody) {
        this.keys = keys;
        this.problems = problems;
        this.maxStoredBody = maxStoredBody;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = validKey(request);
        if (key == null) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key");
            return;
        }
        BufferedRequest buffered = BufferedRequest.of(request);
        Claim claim;
        try {
            claim = keys.claim(sha256(scope(request, key)), sha256(buffered.body()), callerId());
        } catch (MongoException e) {
            log.error("idempotency records unavailable", e);
            problems.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "internal");
            return;
        }
        if (claim instanceof Acquired acquired) {
            run(buffered, response, chain, acquired);
        } else if (claim instanceof Completed completed) {
            replay(completed.response(), response);
        } else if (claim instanceof BodyMismatch) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused");
        } else { // InProgress
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, HttpStatus.CONFLICT, "idempotency-key-in-progress");
        }
    }

    private void run(BufferedRequest request, HttpServletResponse response, FilterChain chain, Acquired claim)
            throws ServletException, IOException {
        BufferingResponse buffering = new BufferingResponse(response, maxStoredBody);
        boolean finished = false;
        try {
            chain.doFilter(request, buffering);
            finished = true;
        } finally {
            if (!finished) {
                forget(claim);
            }
        }
        if (request.isAsyncStarted()) {
            // the response is written later, on another thread: it cannot be stored here
            forget(claim);
            buffering.streamFromNow();
            return;
        }
        remember(claim, buffering.storable());
        buffering.sendHeldBody();
    }

    private void remember(Acquired claim, @Nullable StoredResponse response) {
        if (response == null || response.status() >= 500) {
            forget(claim);
            return;
        }
        try {
            keys.complete(claim, response);
        } catch (MongoException e) {
            // the request did take effect, so the client gets its response; a retry after the
            // in-progress timeout would run it again
            log.warn("could not store the response for an idempotency key; it expires unstored", e);
        }
    }

    private void forget(Acquired claim) {
        try {
            keys.release(claim);
        } catch (MongoException e) {
            log.warn("could not release an idempotency key; it stays locked until its in-progress timeout", e);
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        setIfPresent(response, HttpHeaders.LOCATION, stored.location());
        setIfPresent(response, HttpHeaders.ETAG, stored.etag());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    private static void setIfPresent(HttpServletResponse response, String header, @Nullable String value) {
        if (value != null) {
            response.setHeader(header, value);
        }
    }

    /** The one key of the request if it is 1 to 255 visible ASCII characters, else null. */
    private static @Nullable String validKey(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders(HEADER));
        if (values.size() != 1) {
            return null;
        }
        String key = values.get(0);
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return null;
        }
        return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e) ? key : null;
    }

    /** Whose key this is and for what: the same key sent to another path or by another caller is another key. */
    private static String scope(HttpServletRequest request, String key) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String caller = trust.isAuthenticated(authentication)
                ? "caller:" + authentication.getName()
                : "anonymous:" + request.getRemoteAddr();
        return String.join("\n", caller, request.getMethod(), request.getRequestURI(), key);
    }

    /** The signed-in member's id (the token's subject), or null for an anonymous caller. */
    private static @Nullable String callerId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return trust.isAuthenticated(authentication) ? authentication.getName() : null;
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
