package id.kombel.membership.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member's full set of notification choices: switched-off types, quiet hours (both or neither, local
 * times in the member's region) and digest mode with its local time.
 */
record PreferencesRequest(
        @NotNull @Size(max = 32) Set<NotificationType> disabled,
        @Nullable LocalTime quietFrom,
        @Nullable LocalTime quietUntil,
        @NotNull DigestMode digest,
        @Nullable LocalTime digestAt) {}
