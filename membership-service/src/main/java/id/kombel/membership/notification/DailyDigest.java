package id.kombel.membership.notification;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends each digest member one summary a day at their chosen local time: counts of what was held
 * since the last digest, by type. A member's digest is claimed by moving their {@code nextDigestAt}
 * forward in one atomic update, so with several instances running each digest is sent once.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private static final int BATCH = 100;

    private final MongoTemplate mongo;
    private final Inbox inbox;
    private final Clock clock;

    DailyDigest(MongoTemplate mongo, Inbox inbox, Clock clock) {
        this.mongo = mongo;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kombel.notifications.digest-check:PT1M}")
    void sendDue() {
        int sent = 0;
        NotificationPreferences due;
        while (sent < BATCH && (due = claimNextDue()) != null) {
            send(due);
            sent++;
        }
        if (sent > 0) {
            log.info("sent {} daily digests", sent);
        }
    }

    /** Claims one member whose digest is due by advancing their next digest time; null if none. */
    NotificationPreferences claimNextDue() {
        Instant now = clock.instant();
        Document claimed = mongo.getCollection("notification_preferences")
                .findOneAndUpdate(
                        Filters.and(
                                Filters.eq("digest", DigestMode.DAILY.name()),
                                Filters.lte("nextDigestAt", Date.from(now))),
                        Updates.set("nextDigestAt", Date.from(now.plusSeconds(60))),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (claimed == null) {
            return null;
        }
        NotificationPreferences preferences = mongo.getConverter().read(NotificationPreferences.class, claimed);
        mongo.getCollection("notification_preferences")
                .updateOne(
                        Filters.eq("_id", preferences.memberId()),
                        Updates.set("nextDigestAt", Date.from(preferences.digestAfter(now))));
        return preferences;
    }

    private void send(NotificationPreferences preferences) {
        String digestCause = "digest:" + preferences.memberId() + ":" + preferences.nextDigestAt();
        String digestId = Inbox.idFor(digestCause, preferences.memberId());
        var held = Filters.and(
                Filters.eq("recipientId", preferences.memberId()),
                Filters.eq("heldForDigest", true),
                Filters.eq("digestId", null));
        Map<NotificationType, Integer> counts = new EnumMap<>(NotificationType.class);
        List<Document> heldNotifications = mongo.getCollection(Notification.COLLECTION)
                .find(held)
                .projection(new Document("type", 1))
                .into(new java.util.ArrayList<>());
        heldNotifications.forEach(
                doc -> counts.merge(NotificationType.valueOf(doc.getString("type")), 1, Integer::sum));
        if (counts.isEmpty()) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        counts.forEach((type, count) -> params.put(type.name(), Integer.toString(count)));
        inbox.deliver(digestCause, preferences.memberId(), NotificationType.DIGEST, params);
        mongo.getCollection(Notification.COLLECTION)
                .updateMany(
                        Filters.and(
                                held,
                                Filters.in(
                                        "_id",
                                        heldNotifications.stream()
                                                .map(doc -> doc.get("_id"))
                                                .toList())),
                        Updates.set("digestId", digestId));
    }
}
