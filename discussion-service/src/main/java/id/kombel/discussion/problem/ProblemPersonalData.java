package id.kombel.discussion.problem;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Problems the member posted, and moderation decisions they took on problems as a lead.
 *
 * <p>Erasure: a problem that received a solution is other members' conversation too, so it stays,
 * attributed to a former member and shown as anonymous; one nobody answered is deleted. The search
 * keys hold the problem's words, never its author.
 */
@Component
class ProblemPersonalData implements PersonalDataContributor {

    private static final String SOLUTIONS = "solutions";

    private final MongoTemplate mongo;

    ProblemPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "problems";
    }

    @Override
    public Object export(String memberId) {
        return mongo.getCollection(Problem.COLLECTION)
                .find(Filters.eq("authorId", memberId))
                .projection(Projections.exclude("outbox", "searchKeys", "authorId", "postedMonth"))
                .into(new ArrayList<Document>());
    }

    @Override
    public void erase(String memberId) {
        for (Document problem : mongo.getCollection(Problem.COLLECTION)
                .find(Filters.eq("authorId", memberId))
                .projection(Projections.include("_id"))
                .into(new ArrayList<>())) {
            String problemId = problem.getString("_id");
            if (mongo.getCollection(SOLUTIONS).countDocuments(Filters.eq("problemId", problemId)) > 0) {
                mongo.getCollection(Problem.COLLECTION)
                        .updateOne(
                                Filters.eq("_id", problemId),
                                Updates.combine(
                                        Updates.set("authorId", ErasedMembers.FORMER_MEMBER),
                                        Updates.set("anonymous", true)));
            } else {
                mongo.getCollection(Problem.COLLECTION).deleteOne(Filters.eq("_id", problemId));
            }
        }
        mongo.getCollection(Problem.COLLECTION)
                .updateMany(
                        Filters.eq("visibility.by", memberId),
                        Updates.set("visibility.by", ErasedMembers.FORMER_MEMBER));
    }
}
