package id.kombel.gateway.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import reactor.core.publisher.Mono;

/**
 * The requests served without a token, from {@code kombel.gateway.tokens.public-paths}. On them a
 * token is not even read: a client that refreshes its session with an expired access token still
 * attached must not be refused for it.
 */
final class PublicPaths {

    private PublicPaths() {}

    static ServerWebExchangeMatcher matcher(List<String> entries) {
        List<ServerWebExchangeMatcher> matchers = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.trim().split("\\s+", 2);
            matchers.add(
                    parts.length == 2
                            ? new PathPatternParserServerWebExchangeMatcher(parts[1], HttpMethod.valueOf(parts[0]))
                            : new PathPatternParserServerWebExchangeMatcher(parts[0]));
        }
        return matchers.isEmpty()
                ? exchange -> ServerWebExchangeMatcher.MatchResult.notMatch()
                : new OrServerWebExchangeMatcher(matchers);
    }

    /** Reads the bearer token everywhere except on public paths. */
    static ServerAuthenticationConverter bearerTokenOutside(ServerWebExchangeMatcher publicPaths) {
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        return exchange -> publicPaths
                .matches(exchange)
                .flatMap(match -> match.isMatch() ? Mono.empty() : bearer.convert(exchange));
    }
}
