package id.kombel.membership.notification;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A notification as its recipient sees it: {@code text} in the language the request asked for, and
 * {@code type} and {@code params} for clients that render their own.
 */
record NotificationResponse(
        String id,
        NotificationType type,
        String text,
        Map<String, String> params,
        Instant at,
        @Nullable Instant readAt) {

    static NotificationResponse of(Notification notification, String text) {
        return new NotificationResponse(
                notification.id(),
                notification.type(),
                text,
                notification.params(),
                notification.deliverAt(),
                notification.readAt());
    }
}
