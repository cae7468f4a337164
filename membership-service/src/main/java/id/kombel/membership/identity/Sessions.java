package id.kombel.membership.identity;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** A member's sign-ins, for features outside identity: ending all of them at once. */
@Component
public class Sessions {

    private final MongoTemplate mongo;
    private final Clock clock;

    Sessions(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Revokes every refresh-token family of the member: no refresh succeeds any more. */
    public void endAll(String memberId) {
        mongo.updateMulti(
                query(where("memberId").is(memberId).and("revokedAt").isNull()),
                new Update().set("revokedAt", clock.instant()),
                RefreshTokenFamily.class);
    }
}
