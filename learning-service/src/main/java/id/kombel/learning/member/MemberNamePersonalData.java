package id.kombel.learning.member;

import com.mongodb.client.model.Filters;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The member's name as this service holds it (a copy of membership-service's, exported so the member
 * sees every place it is kept) and its erasure: the entry is deleted, and the platform's tombstones keep
 * a replayed or late member event from writing it again.
 */
@Component
class MemberNamePersonalData implements PersonalDataContributor {

    private final MongoTemplate mongo;

    MemberNamePersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "memberName";
    }

    @Override
    public @Nullable Object export(String memberId) {
        MemberReplica replica = mongo.findById(memberId, MemberReplica.class);
        return replica == null ? Map.of() : Map.of("name", replica.name());
    }

    @Override
    public void erase(String memberId) {
        mongo.getCollection(MemberReplica.COLLECTION).deleteOne(Filters.eq("_id", memberId));
    }
}
