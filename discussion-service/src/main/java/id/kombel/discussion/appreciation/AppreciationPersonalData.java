package id.kombel.discussion.appreciation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Appreciation the member gave and received. Erasure deletes what they gave (their words); what
 * others gave them stays with the content it was given for, addressed to a former member.
 */
@Component
class AppreciationPersonalData implements PersonalDataContributor {

    private final MongoTemplate mongo;

    AppreciationPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "appreciation";
    }

    @Override
    public Object export(String memberId) {
        return new AppreciationExport(
                mongo.getCollection(Appreciation.COLLECTION)
                        .find(Filters.eq("fromMemberId", memberId))
                        .projection(Projections.exclude("outbox", "fromMemberId"))
                        .into(new ArrayList<>()),
                mongo.getCollection(Appreciation.COLLECTION)
                        .find(Filters.eq("toMemberId", memberId))
                        .projection(Projections.include("itemType", "itemId", "message", "givenAt"))
                        .into(new ArrayList<>()));
    }

    @Override
    public void erase(String memberId) {
        mongo.getCollection(Appreciation.COLLECTION).deleteMany(Filters.eq("fromMemberId", memberId));
        mongo.getCollection(Appreciation.COLLECTION)
                .updateMany(Filters.eq("toMemberId", memberId), Updates.set("toMemberId", ErasedMembers.FORMER_MEMBER));
    }

    /** Received appreciation is exported without the givers' ids: those are other members' data. */
    record AppreciationExport(List<Document> given, List<Document> received) {}
}
