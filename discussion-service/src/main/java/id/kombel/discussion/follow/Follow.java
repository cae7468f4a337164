package id.kombel.discussion.follow;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One member following one problem, id {@code <problemId>:<memberId>}; a problem's followers are read in id order. */
@Document(Follow.COLLECTION)
@CompoundIndex(name = "problem_id", def = "{'problemId': 1, '_id': 1}")
@CompoundIndex(name = "member", def = "{'memberId': 1}")
record Follow(@Id String id, String problemId, String memberId, Instant followedAt) {

    static final String COLLECTION = "follows";

    static String idOf(String problemId, String memberId) {
        return problemId + ":" + memberId;
    }
}
