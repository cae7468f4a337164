package id.kombel.membership.engagement;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The facts behind the member's engagement profile and whether they share it. Erasure deletes both:
 * the facts are about the member alone (others' totals are summed from their own facts), and a fact's
 * key may hold an aggregate id that names them.
 */
@Component
class EngagementPersonalData implements PersonalDataContributor {

    private final MongoTemplate mongo;

    EngagementPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "engagement";
    }

    @Override
    public Object export(String memberId) {
        return new EngagementExport(
                mongo.findById(memberId, EngagementSharing.class),
                mongo.find(query(where("memberId").is(memberId)), EngagementFact.class));
    }

    @Override
    public void erase(String memberId) {
        mongo.remove(query(where("memberId").is(memberId)), EngagementFact.class);
        mongo.remove(query(where("_id").is(memberId)), EngagementSharing.class);
    }

    record EngagementExport(@Nullable EngagementSharing sharing, List<EngagementFact> facts) {}
}
