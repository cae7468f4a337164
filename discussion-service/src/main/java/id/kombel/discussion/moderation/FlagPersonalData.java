package id.kombel.discussion.moderation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Content the member flagged. Erasure deletes the flags: a flag is one member's report, kept once
 * per item and member; the leads' decisions (hide, restore) stand on their own. Moderation decisions
 * the member took as a lead are anonymized by the features owning the content.
 */
@Component
class FlagPersonalData implements PersonalDataContributor {

    private static final String FLAGS = "flags";

    private final MongoTemplate mongo;

    FlagPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "flags";
    }

    @Override
    public Object export(String memberId) {
        return mongo.getCollection(FLAGS)
                .find(Filters.eq("memberId", memberId))
                .projection(Projections.exclude("outbox", "memberId"))
                .into(new ArrayList<Document>());
    }

    @Override
    public void erase(String memberId) {
        mongo.getCollection(FLAGS).deleteMany(Filters.eq("memberId", memberId));
    }
}
