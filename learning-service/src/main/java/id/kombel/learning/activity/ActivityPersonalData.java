package id.kombel.learning.activity;

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
 * Activities the member created or ended as a facilitator. Others registered for them and hold
 * credits and certificates from them, so erasure keeps the activities and puts a former member in the
 * facilitator's place. Written directly, without events: consumers keep no facilitator ids.
 */
@Component
class ActivityPersonalData implements PersonalDataContributor {

    private static final List<String> FIELDS = List.of("createdBy", "endedBy");

    private final MongoTemplate mongo;

    ActivityPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "activitiesFacilitated";
    }

    @Override
    public Object export(String memberId) {
        return mongo.getCollection(Activity.COLLECTION)
                // created, or completed or cancelled by them as a lead: both are erased to a former member
                .find(Filters.or(Filters.eq("createdBy", memberId), Filters.eq("endedBy", memberId)))
                .projection(Projections.include(
                        "communityId",
                        "kind",
                        "title",
                        "description",
                        "startsAt",
                        "endsAt",
                        "status",
                        "createdAt",
                        "endedAt"))
                .into(new ArrayList<Document>());
    }

    @Override
    public void erase(String memberId) {
        for (String field : FIELDS) {
            mongo.getCollection(Activity.COLLECTION)
                    .updateMany(Filters.eq(field, memberId), Updates.set(field, ErasedMembers.FORMER_MEMBER));
        }
    }
}
