package id.kombel.membership.notification;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notification for one member. The id is derived from the event that caused it and the
 * recipient, so a redelivered event cannot notify twice. {@code deliverAt} is when it may be shown
 * (later than {@code createdAt} during quiet hours); {@code heldForDigest} notifications are shown
 * only through the daily digest that counts them.
 */
@Document(Notification.COLLECTION)
@CompoundIndex(name = "inbox", def = "{'recipientId': 1, 'heldForDigest': 1, 'deliverAt': -1, '_id': -1}")
@CompoundIndex(name = "unread", def = "{'recipientId': 1, 'readAt': 1, 'deliverAt': -1}")
record Notification(
        @Id String id,
        String recipientId,
        NotificationType type,
        Map<String, String> params,
        Instant createdAt,
        Instant deliverAt,
        @Nullable Instant readAt,
        boolean heldForDigest,
        @Nullable String digestId) {

    static final String COLLECTION = "notifications";
}
