package id.kombel.membership.identity;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The RSA keys tokens are signed with, shared by every instance through MongoDB. Each instance keeps
 * a {@link KeyRing} in memory and reloads it every {@code key-check-interval}, when it rotates, and
 * when a token names a key it does not know yet (another instance rotated). The newest generation
 * signs; so instances agree once they have reloaded, and until then the key they still sign with is
 * published and valid everywhere.
 *
 * <p>The same ring is this service's own {@link JWKSource} for validating tokens: only published keys
 * (current, and replaced ones within their retirement) validate.
 */
@Component
class SigningKeys implements JWKSource<SecurityContext>, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** Generations loaded; far more than can be published at once with any sane rotation period. */
    private static final int LOADED_GENERATIONS = 10;

    /** Tokens naming unknown keys (forged ones, too) reload the ring at most this often. */
    private static final Duration RELOAD_ON_UNKNOWN_KEY_AT_MOST_EVERY = Duration.ofSeconds(1);

    private final MongoTemplate mongo;
    private final IdentityProperties properties;
    private final Clock clock;
    private volatile KeyRing ring = new KeyRing(List.of());
    private final AtomicReference<Instant> lastUnknownKeyReload = new AtomicReference<>(Instant.EPOCH);

    SigningKeys(MongoTemplate mongo, IdentityProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** On first start there is no key yet: create generation 1 (or find another instance's). */
    @Override
    public void afterPropertiesSet() {
        reload();
        if (ring.isEmpty()) {
            create(1);
            reload();
        }
    }

    KeyRing.Entry current() {
        return ring.current();
    }

    /** The public keys of the JWKS: current and recently replaced. */
    List<RSAKey> published() {
        return ring.published(clock.instant(), properties.keyRetirement());
    }

    /** Replaces the current key now. Concurrent rotations on several instances yield one new key. */
    KeyRing.Entry rotate() {
        reload();
        create(ring.current().generation() + 1);
        reload();
        log.info("signing key rotated: {} now signs", ring.current().kid());
        return ring.current();
    }

    /** Rotates when the current key is older than {@code key-rotation} at {@code now}. */
    void rotateIfDue(Instant now) {
        reload();
        if (ring.rotationDue(now, properties.keyRotation())) {
            create(ring.current().generation() + 1);
            reload();
            log.info(
                    "signing key due for rotation replaced: {} now signs",
                    ring.current().kid());
        }
    }

    /** Periodic: pick up other instances' rotations, rotate when due, destroy keys nothing needs. */
    void maintain() {
        Instant now = clock.instant();
        rotateIfDue(now);
        List<String> expired = ring.expired(now, properties.keyRetirement()).stream()
                .map(KeyRing.Entry::kid)
                .toList();
        if (!expired.isEmpty()) {
            mongo.remove(query(where("_id").in(expired)), SigningKeyDocument.class);
            reload();
        }
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        List<JWK> matches = selector.select(new JWKSet(List.<JWK>copyOf(published())));
        if (matches.isEmpty() && mayReloadForUnknownKey()) {
            reload();
            matches = selector.select(new JWKSet(List.<JWK>copyOf(published())));
        }
        return matches;
    }

    private boolean mayReloadForUnknownKey() {
        Instant now = clock.instant();
        Instant last = lastUnknownKeyReload.get();
        return last.plus(RELOAD_ON_UNKNOWN_KEY_AT_MOST_EVERY).isBefore(now)
                && lastUnknownKeyReload.compareAndSet(last, now);
    }

    private void reload() {
        List<SigningKeyDocument> documents = mongo.find(
                new Query().with(Sort.by(Sort.Direction.DESC, "generation")).limit(LOADED_GENERATIONS),
                SigningKeyDocument.class);
        ring = new KeyRing(documents.stream().map(SigningKeys::entry).toList());
    }

    /** Inserts generation {@code generation}; losing the race to another instance is fine. */
    private void create(long generation) {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            mongo.insert(new SigningKeyDocument(key.getKeyID(), generation, key.toJSONString(), clock.instant()));
        } catch (DuplicateKeyException anotherInstanceCreatedIt) {
            log.debug("signing key generation {} was created by another instance", generation);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA signing key", e);
        }
    }

    private static KeyRing.Entry entry(SigningKeyDocument document) {
        try {
            return new KeyRing.Entry(document.generation(), RSAKey.parse(document.jwk()), document.createdAt());
        } catch (ParseException e) {
            throw new IllegalStateException("signing key " + document.id() + " is not a readable RSA JWK", e);
        }
    }
}
