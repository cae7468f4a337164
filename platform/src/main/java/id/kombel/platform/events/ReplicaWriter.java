package id.kombel.platform.events;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import id.kombel.platform.privacy.ErasedMembers;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes local replicas of other services' aggregates, guarded by the source aggregate's version in
 * the same single-document update: an event older than what the replica holds changes nothing, even
 * when it slips past the inbox (a crash between effect and inbox write, a replay). A replica whose
 * id names an erased member is never written again.
 */
public class ReplicaWriter {

    /** Field holding the source aggregate version in every replica document. */
    public static final String SOURCE_VERSION = "sourceVersion";

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final ErasedMembers erased;

    public ReplicaWriter(MongoTemplate mongo, ErasedMembers erased) {
        this.mongo = mongo;
        this.erased = erased;
    }

    /**
     * Sets the given fields on the replica {@code id} if it is older than {@code version}, creating
     * it if absent.
     *
     * @return true if the replica changed
     */
    public boolean upsert(String collection, String id, long version, Document fields) {
        if (erased.namesErased(id)) {
            return false;
        }
        Bson newer = Filters.and(
                Filters.eq("_id", id),
                Filters.or(Filters.exists(SOURCE_VERSION, false), Filters.lt(SOURCE_VERSION, version)));
        Bson update = new Document("$set", new Document(fields).append(SOURCE_VERSION, version));
        try {
            UpdateResult result =
                    mongo.getCollection(collection).updateOne(newer, update, new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() == DUPLICATE_KEY) {
                return false; // the replica exists with this or a newer version
            }
            throw e;
        }
    }
}
