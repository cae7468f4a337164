package id.kombel.learning.registration;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import id.kombel.learning.activity.SeatCapacity;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The seats of one activity, one small document per activity: {@code {_id: activityId, capacity,
 * free, holders: [registrationId...], waitlistSeq}}. It is the single truth of who holds a seat.
 *
 * <p>Every change is one atomic conditional update of that document: a claim succeeds only while
 * {@code free > 0} and the registration is not yet a holder, and takes a seat and records the holder
 * in the same write; a release gives the seat back only if the registration held one. So concurrent
 * registrations can never oversell, and repeating a claim or a release (a retry, a repair after a
 * crash) changes nothing. {@code holders} never exceeds the capacity, so the document stays bounded.
 * The registrations follow the ledger (see {@link Seats#reconcile}).
 */
@Component
class SeatLedger implements SeatCapacity {

    static final String COLLECTION = "seat_ledgers";

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    SeatLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Opens the ledger with the activity's capacity if it has none yet. */
    void open(String activityId, int capacity) {
        try {
            ledgers()
                    .updateOne(
                            new Document("_id", activityId),
                            new Document(
                                    "$setOnInsert",
                                    new Document("capacity", capacity)
                                            .append("free", capacity)
                                            .append("holders", List.of())
                                            .append("waitlistSeq", 0L)),
                            new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e; // a concurrent first registration opened it
            }
        }
    }

    /** Takes a free seat for the registration; false when none is free or it already holds one. */
    boolean claim(String activityId, String registrationId) {
        Document free = new Document("_id", activityId)
                .append("free", new Document("$gt", 0))
                .append("holders", new Document("$ne", registrationId));
        Document take =
                new Document("$inc", new Document("free", -1)).append("$push", new Document("holders", registrationId));
        return ledgers().updateOne(free, take).getModifiedCount() == 1;
    }

    boolean holds(String activityId, String registrationId) {
        return ledgers().countDocuments(new Document("_id", activityId).append("holders", registrationId)) > 0;
    }

    /** Gives the registration's seat back; false when it held none. */
    boolean release(String activityId, String registrationId) {
        Document held = new Document("_id", activityId).append("holders", registrationId);
        Document giveBack =
                new Document("$inc", new Document("free", 1)).append("$pull", new Document("holders", registrationId));
        return ledgers().updateOne(held, giveBack).getModifiedCount() == 1;
    }

    /**
     * The next place in the waitlist; increasing, so the waitlist keeps arrival order. A compare-and-set
     * on the counter rather than findAndModify's returned document: the in-process store hands back its
     * live document, which a concurrent increment can change before it is sent.
     */
    long nextWaitlistSeq(String activityId) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            Document ledger = ledgers().find(new Document("_id", activityId)).first();
            if (ledger == null) {
                throw new IllegalStateException("activity " + activityId + " has no seat ledger");
            }
            long current = ((Number) ledger.get("waitlistSeq")).longValue();
            Document unchanged = new Document("_id", activityId).append("waitlistSeq", current);
            Document next = new Document("$set", new Document("waitlistSeq", current + 1));
            if (ledgers().updateOne(unchanged, next).getModifiedCount() == 1) {
                return current + 1;
            }
        }
        throw new org.springframework.dao.OptimisticLockingFailureException(
                "waitlist of " + activityId + " kept changing");
    }

    /**
     * Sets a new capacity, moving the free seats by the difference in the same conditional write
     * (retried when a claim or release came in between). A lower capacity was already applied by {@link
     * #lowerTo} (which refuses one below the seats held), so here it only grows the seats or finds them
     * right; free seats could go negative only for a ledger written before that rule, and then nobody is
     * unseated and no one new gets a seat until enough leave.
     */
    void resize(String activityId, int capacity) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Optional<State> current = state(activityId);
            if (current.isEmpty() || current.get().capacity() == capacity) {
                return;
            }
            State state = current.get();
            Document unchanged = new Document("_id", activityId)
                    .append("capacity", state.capacity())
                    .append("free", state.free());
            Document resized = new Document("$set", new Document("capacity", capacity))
                    .append("$inc", new Document("free", capacity - state.capacity()));
            if (ledgers().updateOne(unchanged, resized).getModifiedCount() == 1) {
                return;
            }
        }
        throw new org.springframework.dao.OptimisticLockingFailureException(
                "seat ledger of " + activityId + " kept changing");
    }

    /**
     * Lowers the capacity only while enough seats are free to give up: the condition {@code free >=
     * difference} in the same write as the change means no claim can slip in between (retried when a
     * claim or release changed the ledger meanwhile).
     */
    @Override
    public int lowerTo(String activityId, int capacityNow, int capacity) {
        open(activityId, capacityNow);
        for (int attempt = 0; attempt < 20; attempt++) {
            Optional<State> current = state(activityId);
            if (current.isEmpty() || current.get().capacity() <= capacity) {
                return -1; // not lower than the seats already are
            }
            State state = current.get();
            int difference = state.capacity() - capacity;
            if (state.free() < difference) {
                return state.holders().size();
            }
            Document unchanged = new Document("_id", activityId)
                    .append("capacity", state.capacity())
                    .append("free", new Document("$gte", difference));
            Document lowered = new Document("$set", new Document("capacity", capacity))
                    .append("$inc", new Document("free", -difference));
            if (ledgers().updateOne(unchanged, lowered).getModifiedCount() == 1) {
                return -1;
            }
        }
        throw new org.springframework.dao.OptimisticLockingFailureException(
                "seat ledger of " + activityId + " kept changing");
    }

    @Override
    public void follow(String activityId, int capacity) {
        resize(activityId, capacity);
    }

    Optional<State> state(String activityId) {
        Document ledger = ledgers().find(new Document("_id", activityId)).first();
        if (ledger == null) {
            return Optional.empty();
        }
        return Optional.of(new State(
                ledger.getInteger("capacity"), ledger.getInteger("free"), ledger.getList("holders", String.class)));
    }

    record State(int capacity, int free, List<String> holders) {}

    private MongoCollection<Document> ledgers() {
        return mongo.getCollection(COLLECTION);
    }
}
