package id.kombel.discussion.trial;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import id.kombel.discussion.counter.Counters;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The member's trials of solutions and the outcomes they reported. Erasure deletes them: the note
 * and the evidence describe the member's own classroom, and a trial is unique per solution and member,
 * so outcomes of several erased members could not all be kept under one former member. The outcome
 * counts of the solutions they tried are then recounted from the trials left.
 */
@Component
class TrialPersonalData implements PersonalDataContributor {

    private static final String TRIALS = "trials";

    private final MongoTemplate mongo;
    private final Counters counters;

    TrialPersonalData(MongoTemplate mongo, Counters counters) {
        this.mongo = mongo;
        this.counters = counters;
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
        Set<String> tried = new LinkedHashSet<>();
        for (Document trial : mongo.getCollection(TRIALS)
                .find(Filters.eq("memberId", memberId))
                .projection(Projections.include("solutionId"))) {
            tried.add(trial.getString("solutionId"));
        }
        mongo.getCollection(TRIALS).deleteMany(Filters.eq("memberId", memberId));
        tried.forEach(counters::solution);
    }
}
