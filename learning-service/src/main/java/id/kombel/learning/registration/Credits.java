package id.kombel.learning.registration;

import id.kombel.learning.activity.ActivityCompleted;
import id.kombel.platform.events.AggregateStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Credits the attendees of a completed activity, each in one write of their registration that also
 * issues the certificate and records both events. A registration is credited once (its {@code
 * credited} flag, checked under the registration's version): a repeated completion or a redelivered
 * {@code ActivityCompleted} finds nothing left to credit.
 */
@Component
class Credits {

    private static final int PAGE = 100;
    private static final int ATTEMPTS = 5;

    /** Crockford's base32 alphabet: no I, L, O or U to misread when a code is typed from paper. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final int CODE_LENGTH = 20; // 100 random bits

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Credits(AggregateStore store, MongoTemplate mongo, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
    }

    void creditAttendees(ActivityCompleted completion) {
        String after = "";
        while (true) {
            List<Registration> page = mongo.find(
                    Query.query(Criteria.where("activityId")
                                    .is(completion.activityId())
                                    .and("status")
                                    .is(RegistrationStatus.CONFIRMED)
                                    .and("_id")
                                    .gt(after))
                            .with(Sort.by("_id"))
                            .limit(PAGE),
                    Registration.class);
            for (Registration registration : page) {
                credit(registration.id(), completion);
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private void credit(String registrationId, ActivityCompleted completion) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Registration registration =
                    store.findById(registrationId, Registration.class).orElseThrow();
            if (!registration.credit(completion, newCode(), clock.instant())) {
                return;
            }
            try {
                store.update(registration);
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // read again: it may have been credited by a concurrent delivery, or merely touched
            }
        }
        throw new OptimisticLockingFailureException("registration " + registrationId + " kept changing");
    }

    /** An unguessable certificate code: 100 bits from a secure random source. */
    String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
