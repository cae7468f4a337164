package id.kombel.membership.notification;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A notification as its recipient sees it; clients render {@code type} and {@code params} in their language. */
record NotificationResponse(
        String id,
        NotificationType type,
        Map<String, String> params,
        Instant at,
        @Nullable Instant readAt) {

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(
                notification.id(),
                notification.type(),
                notification.params(),
                notification.deliverAt(),
                notification.readAt());
    }
}
