package id.kombel.learning.resource;

import id.kombel.platform.web.RuleViolationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A link a member shares. Only absolute http(s) links with a host are kept: {@code javascript:},
 * {@code data:} or {@code file:} links would run or read something in other members' browsers, and a
 * relative link means nothing outside the page it came from. The server stores the link and never
 * fetches it (no request forgery through the catalog).
 */
final class ResourceUrl {

    static final int MAX_LENGTH = 2048;

    private ResourceUrl() {}

    static String require(String url) {
        String candidate = url.strip();
        if (candidate.length() > MAX_LENGTH || !candidate.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw refused(url);
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.isOpaque()
                    || uri.getHost() == null
                    || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                throw refused(url);
            }
        } catch (URISyntaxException e) {
            throw refused(url);
        }
        return candidate;
    }

    private static RuleViolationException refused(String url) {
        return new RuleViolationException("resource-url-not-allowed", "refused resource url of length " + url.length());
    }
}
