package id.kombel.membership.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's choices, in their region's time zone. {@code nextDigestAt} is the instant the next
 * digest is due (indexed, so the digest job finds due members without scanning everyone).
 */
@Document("notification_preferences")
record NotificationPreferences(
        @Id String memberId,
        String zone,
        Set<NotificationType> disabled,
        @Nullable LocalTime quietFrom,
        @Nullable LocalTime quietUntil,
        DigestMode digest,
        LocalTime digestAt,
        @Indexed(sparse = true) @Nullable Instant nextDigestAt,
        long version) {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");
    static final LocalTime DEFAULT_DIGEST_TIME = LocalTime.of(18, 0);

    static NotificationPreferences defaults(String memberId, ZoneId zone) {
        return new NotificationPreferences(
                memberId,
                zone.getId(),
                EnumSet.noneOf(NotificationType.class),
                null,
                null,
                DigestMode.OFF,
                DEFAULT_DIGEST_TIME,
                null,
                0);
    }

    ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    boolean wants(NotificationType type) {
        return type == NotificationType.DIGEST || !disabled.contains(type);
    }

    /**
     * When something created at {@code now} may be shown: at once, or when the quiet hours around
     * {@code now} end. Quiet hours may span midnight (22:00 to 06:00).
     */
    Instant deliveryTime(Instant now) {
        if (quietFrom == null || quietUntil == null || quietFrom.equals(quietUntil)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zoneId());
        LocalTime time = local.toLocalTime();
        boolean spansMidnight = quietFrom.isAfter(quietUntil);
        boolean quiet = spansMidnight
                ? !time.isBefore(quietFrom) || time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) && time.isBefore(quietUntil);
        if (!quiet) {
            return now;
        }
        LocalDate endDay =
                spansMidnight && !time.isBefore(quietFrom) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        return endDay.atTime(quietUntil).atZone(zoneId()).toInstant();
    }

    /** The first digest time strictly after {@code now}, in the member's zone. */
    Instant digestAfter(Instant now) {
        ZonedDateTime local = now.atZone(zoneId());
        ZonedDateTime today = local.toLocalDate().atTime(digestAt).atZone(zoneId());
        return (today.isAfter(local) ? today : today.plusDays(1)).toInstant();
    }
}
