package id.kombel.membership.member;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.kombel.platform.events.AggregateStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Members' accounts for the identity feature: look an account up, check its password, keep count of
 * failed sign-ins, create the bootstrap platform admin.
 *
 * <p>Failed sign-ins are kept in the member's document under {@value #SIGN_IN} as a counter and a
 * lock time (never a growing list), changed with single atomic updates that do not touch the
 * aggregate's version.
 */
@Component
public class MemberAccounts {

    static final String SIGN_IN = "signIn";
    /** Set when the member asked to be erased: from then on the account cannot sign in. */
    static final String DEACTIVATED_AT = "deactivatedAt";

    private static final String FAILURES = SIGN_IN + ".failures";
    private static final String LOCKED_UNTIL = SIGN_IN + ".lockedUntil";

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final Clock clock;

    MemberAccounts(MongoTemplate mongo, AggregateStore store, Passwords passwords, PasswordPolicy policy, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.passwords = passwords;
        this.policy = policy;
        this.clock = clock;
    }

    public Optional<MemberAccount> findByEmail(String email) {
        return findOne(where("emailKey").is(EmailAddress.of(email).key()));
    }

    public Optional<MemberAccount> find(String memberId) {
        return findOne(where("_id").is(memberId));
    }

    /**
     * Whether the password is the account's. Without an account it spends the same effort on a dummy
     * hash and answers false. A correct password stored under weaker settings is re-hashed.
     */
    public boolean passwordMatches(Optional<MemberAccount> account, String password) {
        if (account.isEmpty()) {
            passwords.matchNothing(password);
            return false;
        }
        String hash = account.get().passwordHash();
        if (!passwords.matches(password, hash)) {
            return false;
        }
        if (passwords.needsUpgrade(hash)) {
            upgradeHash(account.get().memberId(), hash, password);
        }
        return true;
    }

    /** @return the number of consecutive failures, this one included */
    public int recordFailedSignIn(String memberId) {
        Document updated = mongo.findAndModify(
                query(where("_id").is(memberId)),
                new Update().inc(FAILURES, 1),
                FindAndModifyOptions.options().returnNew(true),
                Document.class,
                collection());
        if (updated == null) {
            return 0;
        }
        Object failures = signIn(updated).get("failures");
        return failures instanceof Number number ? number.intValue() : 0;
    }

    public void lockSignIn(String memberId, Instant until) {
        mongo.updateFirst(
                query(where("_id").is(memberId)), new Update().set(LOCKED_UNTIL, Date.from(until)), collection());
    }

    /** A successful sign-in: the failure count starts again from zero. */
    public void recordSuccessfulSignIn(String memberId) {
        mongo.updateFirst(
                query(where("_id").is(memberId).and(SIGN_IN).exists(true)), new Update().unset(SIGN_IN), collection());
    }

    /**
     * Refuses every further sign-in and refresh at once (the member asked to be erased): the account
     * is looked up as if it did not exist. Outside the aggregate's fields, like the sign-in counter.
     */
    public void deactivate(String memberId) {
        mongo.updateFirst(
                query(where("_id").is(memberId)), new Update().set(DEACTIVATED_AT, clock.instant()), collection());
    }

    /** The member's region, for records that must say where without saying who. */
    public Optional<String> regionOf(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, Member.class)).map(Member::regionId);
    }

    /**
     * Creates the first platform admin from configuration, once. An account that already exists
     * under that email is never promoted: whoever registered it first is not necessarily the admin.
     *
     * @throws id.kombel.platform.web.RuleViolationException when the configured password is weak
     */
    public BootstrapOutcome bootstrapPlatformAdmin(String email, String password, String name) {
        EmailAddress address = EmailAddress.of(email);
        Optional<Member> existing =
                Optional.ofNullable(mongo.findOne(query(where("emailKey").is(address.key())), Member.class));
        if (existing.isPresent()) {
            return existing.get().isPlatformAdmin() ? BootstrapOutcome.ALREADY_THERE : BootstrapOutcome.EMAIL_TAKEN;
        }
        policy.check(password, address);
        Member admin = Member.bootstrapPlatformAdmin(
                UUID.randomUUID().toString(), address, passwords.hash(password), name, clock.instant());
        try {
            store.insert(admin);
            return BootstrapOutcome.CREATED;
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            return BootstrapOutcome.ALREADY_THERE;
        }
    }

    /** What {@link #bootstrapPlatformAdmin} did. */
    public enum BootstrapOutcome {
        CREATED,
        ALREADY_THERE,
        /** A member who is not a platform admin holds the email; nobody was created or promoted. */
        EMAIL_TAKEN
    }

    /**
     * Replaces the hash only if it is still the one checked. This write bypasses the aggregate (a
     * sign-in must not change the profile's version); a profile update racing with it may write the
     * old hash back, which still verifies the same password and is upgraded at the next sign-in.
     */
    private void upgradeHash(String memberId, String oldHash, String password) {
        mongo.updateFirst(
                query(where("_id").is(memberId).and("passwordHash").is(oldHash)),
                new Update().set("passwordHash", passwords.hash(password)),
                collection());
    }

    private Optional<MemberAccount> findOne(org.springframework.data.mongodb.core.query.Criteria criteria) {
        Document document = mongo.findOne(query(criteria), Document.class, collection());
        if (document == null || document.containsKey(DEACTIVATED_AT)) {
            return Optional.empty();
        }
        Member member = mongo.getConverter().read(Member.class, document);
        Object lockedUntil = signIn(document).get("lockedUntil");
        return Optional.of(new MemberAccount(
                member.id(),
                member.roles(),
                new HashSet<>(member.adminRegions()),
                lockedUntil instanceof Date date ? date.toInstant() : null,
                member.passwordHash()));
    }

    private static Document signIn(Document member) {
        @Nullable Object signIn = member.get(SIGN_IN);
        return signIn instanceof Document document ? document : new Document();
    }

    private String collection() {
        return mongo.getCollectionName(Member.class);
    }
}
