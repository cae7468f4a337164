package id.kombel.learning.goal;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The member's goals: personal to them, so erasure deletes them. */
@Component
class GoalPersonalData implements PersonalDataContributor {

    private static final String GOALS = "goals";

    private final MongoTemplate mongo;

    GoalPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "goals";
    }

    @Override
    public Object export(String memberId) {
        return mongo.getCollection(GOALS)
                .find(Filters.eq("memberId", memberId))
                .projection(Projections.exclude("outbox", "memberId"))
                .into(new ArrayList<Document>());
    }

    @Override
    public void erase(String memberId) {
        mongo.getCollection(GOALS).deleteMany(Filters.eq("memberId", memberId));
    }
}
