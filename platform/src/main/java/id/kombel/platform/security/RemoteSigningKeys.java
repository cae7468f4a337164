package id.kombel.platform.security;

import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * membership-service's public signing keys as a service checks tokens with them: fetched from its
 * JWKS and kept. They are fetched again when they are older than their time to live, and when a
 * token names a key not held (membership-service rotated its key), but never more often than the
 * minimum interval, so forged tokens with made-up key ids cannot turn every request into a fetch.
 * One fetch at a time; requests waiting for it use what it brought. When a fetch fails, the keys
 * already held keep working: an outage of membership-service does not refuse the members whose
 * tokens a service has already been able to check. A token naming a key not held while the keys
 * cannot be fetched, or any token at a service that never fetched them, is refused with a {@link
 * RemoteKeySourceException}, which the decoder reports as a server-side failure: 503 {@code
 * identity-unavailable}, not 401 (which would end a member's session for a key rotated during the
 * outage). Within the minimum interval after a fetch, a key id not held is simply not found: 401.
 *
 * <p>The gateway's {@code SigningKeys} follows the same rules on the reactive side.
 */
public final class RemoteSigningKeys implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(RemoteSigningKeys.class);

    private final URI jwksUri;
    private final Duration ttl;
    private final Duration minRefreshInterval;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    private volatile @Nullable Snapshot current;
    private volatile @Nullable Instant lastAttempt;

    public RemoteSigningKeys(SecurityProperties properties, Clock clock) {
        this.jwksUri = URI.create(properties.jwksUri());
        this.ttl = properties.jwksCacheTtl();
        this.minRefreshInterval = properties.jwksMinRefreshInterval();
        this.timeout = properties.jwksTimeout();
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public List<JWK> get(JWKSelector selector, @Nullable SecurityContext context) throws RemoteKeySourceException {
        Snapshot snapshot = current;
        if (snapshot == null) {
            snapshot = refresh(null, true);
        }
        List<JWK> matching = selector.select(snapshot.keys());
        if (matching.isEmpty()) {
            if (mayRefresh()) {
                // a rotated key, or a forged key id: only membership-service can tell, so when it
                // cannot be asked the answer is "unavailable", not "unauthorized"
                matching = selector.select(refresh(snapshot, true).keys());
            }
        } else if (!snapshot.fetchedAt().plus(ttl).isAfter(clock.instant())) {
            matching = selector.select(refresh(snapshot, false).keys()); // a key may have been withdrawn
        }
        return matching;
    }

    /**
     * A fresh key set if a fetch is allowed now and succeeds; otherwise the set held (or whatever a
     * concurrent fetch just brought). A failed fetch fails the call when no keys were ever fetched, or
     * when {@code mustFetch} (the keys held do not include the one a token names).
     */
    private synchronized Snapshot refresh(@Nullable Snapshot held, boolean mustFetch) throws RemoteKeySourceException {
        Snapshot latest = current;
        if (latest != null && latest != held) {
            return latest; // another request fetched while this one waited
        }
        if (!mayRefresh()) {
            if (latest != null) {
                return latest;
            }
            throw new RemoteKeySourceException(
                    "no signing keys fetched yet from " + jwksUri + "; the last attempt failed less than "
                            + minRefreshInterval + " ago",
                    null);
        }
        lastAttempt = clock.instant();
        try {
            Snapshot fetched = new Snapshot(fetch(), clock.instant());
            current = fetched;
            return fetched;
        } catch (IOException | ParseException e) {
            if (latest == null || mustFetch) {
                throw new RemoteKeySourceException("cannot fetch the signing keys from " + jwksUri + ": " + e, e);
            }
            log.warn(
                    "Keeping the signing keys fetched at {}: cannot fetch {}: {}",
                    latest.fetchedAt(),
                    jwksUri,
                    e.toString());
            return latest;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteKeySourceException("interrupted while fetching the signing keys from " + jwksUri, e);
        }
    }

    private boolean mayRefresh() {
        Instant last = lastAttempt;
        return last == null || !last.plus(minRefreshInterval).isAfter(clock.instant());
    }

    private JWKSet fetch() throws IOException, InterruptedException, ParseException {
        HttpRequest request = HttpRequest.newBuilder(jwksUri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return JWKSet.parse(response.body()).toPublicJWKSet();
    }

    private record Snapshot(JWKSet keys, Instant fetchedAt) {}
}
