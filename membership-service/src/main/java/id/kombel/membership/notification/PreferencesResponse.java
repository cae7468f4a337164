package id.kombel.membership.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

record PreferencesResponse(
        String zone,
        Set<NotificationType> disabled,
        @Nullable LocalTime quietFrom,
        @Nullable LocalTime quietUntil,
        DigestMode digest,
        LocalTime digestAt,
        @Nullable Instant nextDigestAt) {

    static PreferencesResponse of(NotificationPreferences preferences) {
        return new PreferencesResponse(
                preferences.zone(),
                preferences.disabled(),
                preferences.quietFrom(),
                preferences.quietUntil(),
                preferences.digest(),
                preferences.digestAt(),
                preferences.nextDigestAt());
    }
}
