package id.kombel.discussion.trial;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The member's trials of solutions and the outcomes they reported. Erasure deletes them: the note
 * and the evidence describe the member's own classroom, and a trial is unique per solution and member,
 * so outcomes of several erased members could not all be kept under one former member. A solution's
 * outcome figures are counted from the trials, so they stay consistent.
 */
@Component
class TrialPersonalData implements PersonalDataContributor {

    private static final String TRIALS = "trials";

    private final MongoTemplate mongo;

    TrialPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "trials";
    }

    @Override
    public Object export(String memberId) {
        return mongo.getCollection(TRIALS)
                .find(Filters.eq("memberId", memberId))
                .projection(Projections.exclude("outbox", "memberId", "followUpRaised"))
                .into(new ArrayList<Document>());
    }

    @Override
    public void erase(String memberId) {
        mongo.getCollection(TRIALS).deleteMany(Filters.eq("memberId", memberId));
    }
}
