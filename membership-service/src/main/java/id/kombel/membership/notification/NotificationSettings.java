package id.kombel.membership.notification;

import com.mongodb.client.model.Filters;
import id.kombel.platform.web.Versions;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Members' notification preferences; defaults until a member changes them. */
@Service
class NotificationSettings {

    private final MongoTemplate mongo;
    private final Clock clock;

    NotificationSettings(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    NotificationPreferences of(String memberId) {
        NotificationPreferences stored = mongo.findById(memberId, NotificationPreferences.class);
        return stored != null
                ? stored
                : NotificationPreferences.defaults(memberId, NotificationPreferences.DEFAULT_ZONE);
    }

    /** Sets the member's time zone (from their region) without touching their choices. */
    void useZone(String memberId, ZoneId zone) {
        NotificationPreferences current = of(memberId);
        if (current.zone().equals(zone.getId())) {
            return;
        }
        save(new NotificationPreferences(
                memberId,
                zone.getId(),
                current.disabled(),
                current.quietFrom(),
                current.quietUntil(),
                current.digest(),
                current.digestAt(),
                current.digest() == DigestMode.DAILY ? null : current.nextDigestAt(),
                current.version()));
    }

    NotificationPreferences update(String memberId, @Nullable String ifMatch, PreferencesRequest request) {
        NotificationPreferences current = of(memberId);
        Versions.checkIfMatch(ifMatch, current.version(), "notification-preferences", memberId);
        NotificationPreferences changed = new NotificationPreferences(
                memberId,
                current.zone(),
                request.disabled().isEmpty()
                        ? EnumSet.noneOf(NotificationType.class)
                        : EnumSet.copyOf(request.disabled()),
                request.quietFrom(),
                request.quietUntil(),
                request.digest(),
                request.digestAt() == null ? NotificationPreferences.DEFAULT_DIGEST_TIME : request.digestAt(),
                null,
                current.version());
        NotificationPreferences scheduled = changed.digest() == DigestMode.DAILY ? withNextDigest(changed) : changed;
        return save(scheduled);
    }

    private NotificationPreferences withNextDigest(NotificationPreferences preferences) {
        return new NotificationPreferences(
                preferences.memberId(),
                preferences.zone(),
                preferences.disabled(),
                preferences.quietFrom(),
                preferences.quietUntil(),
                preferences.digest(),
                preferences.digestAt(),
                preferences.digestAfter(clock.instant()),
                preferences.version());
    }

    /** Optimistic: the write only lands on the version that was read (or as the first version). */
    private NotificationPreferences save(NotificationPreferences preferences) {
        NotificationPreferences next = new NotificationPreferences(
                preferences.memberId(),
                preferences.zone(),
                preferences.disabled(),
                preferences.quietFrom(),
                preferences.quietUntil(),
                preferences.digest(),
                preferences.digestAt(),
                preferences.nextDigestAt(),
                preferences.version() + 1);
        if (preferences.version() == 0) {
            try {
                mongo.insert(next);
                return next;
            } catch (DuplicateKeyException concurrentFirstWrite) {
                throw new OptimisticLockingFailureException("preferences of " + preferences.memberId() + " changed");
            }
        }
        org.bson.Document replacement = new org.bson.Document();
        mongo.getConverter().write(next, replacement);
        long matched = mongo.getCollection("notification_preferences")
                .replaceOne(
                        Filters.and(
                                Filters.eq("_id", preferences.memberId()),
                                Filters.eq("version", preferences.version())),
                        replacement)
                .getMatchedCount();
        if (matched == 0) {
            throw new OptimisticLockingFailureException("preferences of " + preferences.memberId() + " changed");
        }
        return next;
    }
}
