package id.kombel.discussion.follow;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Problems the member follows. Erasure deletes the follows; a fan-out whose cursor is the member's
 * follow (its id holds the member's id) resumes from the follow just before it, which tells the same
 * followers next (the fan-out's id is the problem's and the change's, never a member's).
 */
@Component
class FollowPersonalData implements PersonalDataContributor {

    private final MongoTemplate mongo;

    FollowPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "follows";
    }

    @Override
    public Object export(String memberId) {
        return mongo.getCollection(Follow.COLLECTION)
                .find(Filters.eq("memberId", memberId))
                .projection(Projections.include("problemId", "followedAt"))
                .into(new ArrayList<Document>());
    }

    @Override
    public void erase(String memberId) {
        List<Document> follows = mongo.getCollection(Follow.COLLECTION)
                .find(Filters.eq("memberId", memberId))
                .into(new ArrayList<>());
        for (Document follow : follows) {
            String followId = follow.getString("_id");
            String problemId = follow.getString("problemId");
            Document before = mongo.getCollection(Follow.COLLECTION)
                    .find(Filters.and(Filters.eq("problemId", problemId), Filters.lt("_id", followId)))
                    .sort(Sorts.descending("_id"))
                    .projection(Projections.include("_id"))
                    .first();
            // the problem's id and a colon sort before every follow of the problem
            String resume = before == null ? problemId + ":" : before.getString("_id");
            mongo.getCollection(FanOut.COLLECTION)
                    .updateMany(
                            Filters.and(Filters.eq("problemId", problemId), Filters.eq("lastFollowId", followId)),
                            Updates.set("lastFollowId", resume));
            // a fan-out stored before they were one per change has the problem's id as its own
            mongo.getCollection(FanOut.COLLECTION)
                    .updateOne(
                            Filters.and(Filters.eq("_id", problemId), Filters.eq("lastFollowId", followId)),
                            Updates.set("lastFollowId", resume));
            mongo.getCollection(Follow.COLLECTION).deleteOne(Filters.eq("_id", followId));
        }
    }
}
