package id.kombel.membership.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The member's inbox and notification preferences; erasure deletes both. */
@Component
class InboxPersonalData implements PersonalDataContributor {

    private final MongoTemplate mongo;

    InboxPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "inbox";
    }

    @Override
    public Object export(String memberId) {
        return new InboxExport(
                mongo.findById(memberId, NotificationPreferences.class),
                mongo.find(query(where("recipientId").is(memberId)), Notification.class));
    }

    @Override
    public void erase(String memberId) {
        mongo.remove(query(where("recipientId").is(memberId)), Notification.class);
        mongo.remove(query(where("_id").is(memberId)), NotificationPreferences.class);
    }

    record InboxExport(@Nullable NotificationPreferences preferences, List<Notification> notifications) {}
}
