package id.kombel.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * membership-service's public signing keys, fetched from its JWKS and cached. The cache is
 * refreshed when it is older than its time to live, and when a token names a key it does not hold
 * (membership-service rotated its key), but not more often than the minimum interval. Concurrent
 * requests share one fetch. When a refresh fails the keys already held keep working, so an outage
 * of membership-service does not log everybody out. Whoever remembers verified tokens is told when
 * the keys change ({@link #onChange}).
 */
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final WebClient http;
    private final URI jwksUri;
    private final Duration ttl;
    private final Duration minRefreshInterval;
    private final Duration timeout;
    private final Clock clock;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    private volatile @Nullable Snapshot current;
    private volatile @Nullable Instant lastAttempt;
    private @Nullable Mono<Snapshot> pending;

    SigningKeys(WebClient http, TokenProperties properties, Clock clock) {
        this.http = http;
        this.jwksUri = properties.jwksUri();
        this.ttl = properties.jwksCacheTtl();
        this.minRefreshInterval = properties.jwksMinRefreshInterval();
        this.timeout = properties.jwksTimeout();
        this.clock = clock;
    }

    /** Runs the listener whenever a fetch brings a key set different from the one held. */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** The keys that may have signed this token: RS256 keys with its key id, none for any other algorithm. */
    Flux<JWK> forToken(SignedJWT token) {
        JWSHeader header = token.getHeader();
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            return Flux.empty();
        }
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(header));
        return keys().flatMapMany(snapshot -> {
            List<JWK> matching = selector.select(snapshot.keys());
            if (!matching.isEmpty() || !mayRefresh()) {
                return Flux.fromIterable(matching);
            }
            return refresh().flatMapIterable(refreshed -> selector.select(refreshed.keys()));
        });
    }

    private Mono<Snapshot> keys() {
        Snapshot snapshot = current;
        if (snapshot == null) {
            return mayRefresh()
                    ? refresh()
                    : Mono.error(new JwksUnavailableException("no keys fetched yet from " + jwksUri, null));
        }
        if (snapshot.fetchedAt().plus(ttl).isAfter(clock.instant()) || !mayRefresh()) {
            return Mono.just(snapshot);
        }
        return refresh().onErrorResume(JwksUnavailableException.class, failure -> {
            log.warn("Keeping the signing keys fetched at {}: {}", snapshot.fetchedAt(), failure.getMessage());
            return Mono.just(snapshot);
        });
    }

    private boolean mayRefresh() {
        Instant last = lastAttempt;
        return last == null || !last.plus(minRefreshInterval).isAfter(clock.instant());
    }

    private synchronized Mono<Snapshot> refresh() {
        if (pending == null) {
            lastAttempt = clock.instant();
            pending = fetch().doOnNext(this::install)
                    .doFinally(signal -> clearPending())
                    .cache();
        }
        return pending;
    }

    private void install(Snapshot snapshot) {
        Snapshot previous = current;
        current = snapshot;
        if (previous != null
                && !previous.keys().getKeys().equals(snapshot.keys().getKeys())) {
            changeListeners.forEach(Runnable::run);
        }
    }

    private synchronized void clearPending() {
        pending = null;
    }

    private Mono<Snapshot> fetch() {
        return http.get()
                .uri(jwksUri)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(timeout)
                .map(body -> new Snapshot(parse(body), clock.instant()))
                .onErrorMap(
                        failure -> !(failure instanceof JwksUnavailableException),
                        failure -> new JwksUnavailableException("cannot fetch " + jwksUri, failure));
    }

    private JWKSet parse(String body) {
        try {
            return JWKSet.parse(body).toPublicJWKSet();
        } catch (ParseException e) {
            throw new JwksUnavailableException("unreadable key set at " + jwksUri, e);
        }
    }

    private record Snapshot(JWKSet keys, Instant fetchedAt) {}
}
