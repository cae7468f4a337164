package id.kombel.membership.notification;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Delivers notifications into members' inboxes, honouring their preferences, and answers their
 * inbox queries. Event handlers of every feature call {@link #deliver}.
 */
@Service
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final MongoTemplate mongo;
    private final NotificationSettings settings;
    private final Clock clock;

    Inbox(MongoTemplate mongo, NotificationSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Puts a notification caused by event {@code causeId} into {@code recipientId}'s inbox, unless they
     * switched this type off. Calling it again for the same cause and recipient changes nothing.
     *
     * @return true if a notification was stored
     */
    public boolean deliver(String causeId, String recipientId, NotificationType type, Map<String, String> params) {
        NotificationPreferences preferences = settings.of(recipientId);
        if (!preferences.wants(type)) {
            return false;
        }
        Instant now = clock.instant();
        Notification notification = new Notification(
                idFor(causeId, recipientId),
                recipientId,
                type,
                Map.copyOf(params),
                now,
                preferences.deliveryTime(now),
                null,
                preferences.digest() == DigestMode.DAILY && type != NotificationType.DIGEST,
                null);
        try {
            mongo.insert(notification);
            return true;
        } catch (DuplicateKeyException alreadyDelivered) {
            log.debug("notification for {} and {} exists", causeId, recipientId);
            return false;
        }
    }

    CursorPage<Notification> list(String recipientId, boolean unreadOnly, PageRequest page) {
        Criteria visible = Criteria.where("recipientId")
                .is(recipientId)
                .and("heldForDigest")
                .is(false)
                .and("deliverAt")
                .lte(clock.instant());
        if (unreadOnly) {
            visible = visible.and("readAt").is(null);
        }
        return Keyset.page(
                mongo,
                visible,
                "deliverAt",
                Sort.Direction.DESC,
                page,
                Notification.class,
                Notification::deliverAt,
                Notification::id);
    }

    long unreadCount(String recipientId) {
        return mongo.getCollection(Notification.COLLECTION).countDocuments(unreadFilter(recipientId));
    }

    void markRead(String recipientId, String notificationId) {
        long matched = mongo.getCollection(Notification.COLLECTION)
                .updateOne(
                        Filters.and(Filters.eq("_id", notificationId), Filters.eq("recipientId", recipientId)),
                        Updates.max("readAt", Date.from(clock.instant())))
                .getMatchedCount();
        if (matched == 0) {
            throw new NotFoundException("notification", notificationId);
        }
    }

    long markAllRead(String recipientId) {
        return mongo.getCollection(Notification.COLLECTION)
                .updateMany(unreadFilter(recipientId), Updates.set("readAt", Date.from(clock.instant())))
                .getModifiedCount();
    }

    private Bson unreadFilter(String recipientId) {
        return Filters.and(
                Filters.eq("recipientId", recipientId),
                Filters.eq("readAt", null),
                Filters.eq("heldForDigest", false),
                Filters.lte("deliverAt", Date.from(clock.instant())));
    }

    static String idFor(String causeId, String recipientId) {
        return UUID.nameUUIDFromBytes((causeId + "|" + recipientId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
