package id.kombel.discussion.solution;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import id.kombel.discussion.counter.Counters;
import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Solutions and replies the member wrote, their helpful votes, and moderation decisions they took on
 * solutions and replies as a lead.
 *
 * <p>Erasure: a solution others built on (a reply, a vote, a trial, or accepted for its problem)
 * stays, attributed to a former member; one nobody used is deleted with the votes on it. Replies are
 * deleted (nothing hangs on a reply), and so are the member's votes; the counters of the solutions and
 * problems they touched are then recounted from what is left.
 */
@Component
class SolutionPersonalData implements PersonalDataContributor {

    private static final String REPLIES = "replies";
    private static final String VOTES = "votes";
    private static final String TRIALS = "trials";
    private static final String PROBLEMS = "problems";

    private final MongoTemplate mongo;
    private final Counters counters;

    SolutionPersonalData(MongoTemplate mongo, Counters counters) {
        this.mongo = mongo;
        this.counters = counters;
    }

    @Override
    public String name() {
        return "solutions";
    }

    @Override
    public Object export(String memberId) {
        return new SolutionsExport(
                mine(Solution.COLLECTION, "authorId", memberId),
                mine(REPLIES, "authorId", memberId),
                mine(VOTES, "memberId", memberId));
    }

    @Override
    public void erase(String memberId) {
        Set<String> touchedSolutions = new LinkedHashSet<>();
        Set<String> touchedProblems = new LinkedHashSet<>();
        for (Document reply : mongo.getCollection(REPLIES)
                .find(Filters.eq("authorId", memberId))
                .projection(Projections.include("solutionId"))) {
            touchedSolutions.add(reply.getString("solutionId"));
        }
        for (Document vote : mongo.getCollection(VOTES)
                .find(Filters.eq("memberId", memberId))
                .projection(Projections.include("solutionId", "problemId"))) {
            touchedSolutions.add(vote.getString("solutionId"));
            touchedProblems.add(vote.getString("problemId"));
        }
        mongo.getCollection(REPLIES).deleteMany(Filters.eq("authorId", memberId));
        mongo.getCollection(VOTES).deleteMany(Filters.eq("memberId", memberId));
        for (Document solution : mongo.getCollection(Solution.COLLECTION)
                .find(Filters.eq("authorId", memberId))
                .projection(Projections.include("_id", "problemId"))
                .into(new ArrayList<>())) {
            String solutionId = solution.getString("_id");
            Bson onIt = Filters.eq("solutionId", solutionId);
            Bson votesOnIt = Filters.regex("_id", "^" + Pattern.quote(solutionId + ":"));
            boolean reliedOn = mongo.getCollection(REPLIES).countDocuments(onIt) > 0
                    || mongo.getCollection(TRIALS).countDocuments(onIt) > 0
                    || mongo.getCollection(VOTES).countDocuments(votesOnIt) > 0
                    || mongo.getCollection(PROBLEMS)
                                    .countDocuments(Filters.and(
                                            Filters.eq("_id", solution.getString("problemId")),
                                            Filters.eq("acceptedSolutionId", solutionId)))
                            > 0;
            if (reliedOn) {
                mongo.getCollection(Solution.COLLECTION)
                        .updateOne(Filters.eq("_id", solutionId), Updates.set("authorId", ErasedMembers.FORMER_MEMBER));
            } else {
                mongo.getCollection(VOTES).deleteMany(votesOnIt);
                mongo.getCollection(Solution.COLLECTION).deleteOne(Filters.eq("_id", solutionId));
                touchedProblems.add(solution.getString("problemId"));
            }
        }
        // a crash before these recounts leaves drift that a full recount (CountersEndpoint) repairs
        touchedSolutions.forEach(counters::solution);
        touchedProblems.forEach(counters::problem);
        for (String collection : List.of(Solution.COLLECTION, REPLIES)) {
            mongo.getCollection(collection)
                    .updateMany(
                            Filters.eq("visibility.by", memberId),
                            Updates.set("visibility.by", ErasedMembers.FORMER_MEMBER));
        }
    }

    private List<Document> mine(String collection, String field, String memberId) {
        return mongo.getCollection(collection)
                .find(Filters.eq(field, memberId))
                .projection(Projections.exclude("outbox", field))
                .into(new ArrayList<>());
    }

    record SolutionsExport(List<Document> solutions, List<Document> replies, List<Document> votes) {}
}
