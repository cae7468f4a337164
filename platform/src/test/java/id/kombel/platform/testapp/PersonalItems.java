package id.kombel.platform.testapp;

import com.mongodb.client.model.Filters;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The test app's personal data: items a member wrote, exported and erased through the platform. */
@Component
public class PersonalItems implements PersonalDataContributor {

    public static final String COLLECTION = "personal_items";

    private final MongoTemplate mongo;

    PersonalItems(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void add(String memberId, String text) {
        mongo.getCollection(COLLECTION).insertOne(new Document("memberId", memberId).append("text", text));
    }

    public long countOf(String memberId) {
        return mongo.getCollection(COLLECTION).countDocuments(Filters.eq("memberId", memberId));
    }

    @Override
    public String name() {
        return "items";
    }

    @Override
    public Object export(String memberId) {
        List<String> texts = new ArrayList<>();
        mongo.getCollection(COLLECTION)
                .find(Filters.eq("memberId", memberId))
                .forEach(item -> texts.add(item.getString("text")));
        return texts;
    }

    @Override
    public void erase(String memberId) {
        mongo.getCollection(COLLECTION).deleteMany(Filters.eq("memberId", memberId));
    }
}
