package id.kombel.gateway.webapp;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/** The web client's own files: the page and its assets, read without a token. */
public final class WebAppPaths {

    static final String PAGE = "/index.html";
    static final String ASSETS = "/assets/**";

    private WebAppPaths() {}

    /** For the security filter chain that serves them with a policy a page can run under. */
    public static ServerWebExchangeMatcher matcher() {
        return ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/", PAGE, ASSETS);
    }

    /**
     * Static files are not what the rate limits protect, and a school's teachers share one address:
     * thirty phones opening the app at once must not spend the address's quota for API calls.
     */
    public static boolean isStatic(HttpMethod method, String path) {
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && (path.equals("/") || path.equals(PAGE) || path.startsWith("/assets/"));
    }
}
