package id.kombel.membership.notification;

import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own inbox and preferences; nobody reads another member's notifications. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

    private final Inbox inbox;
    private final NotificationSettings settings;
    private final NotificationTexts texts;

    NotificationController(Inbox inbox, NotificationSettings settings, NotificationTexts texts) {
        this.inbox = inbox;
        this.settings = settings;
        this.texts = texts;
    }

    @GetMapping
    CursorPage<NotificationResponse> list(
            Caller caller,
            @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit,
            Locale locale) {
        CursorPage<Notification> page = inbox.list(caller.memberId(), unreadOnly, PageRequest.of(cursor, limit));
        return new CursorPage<>(
                page.items().stream()
                        .map(notification -> NotificationResponse.of(notification, texts.render(notification, locale)))
                        .toList(),
                page.next());
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(Caller caller) {
        return Map.of("unread", inbox.unreadCount(caller.memberId()));
    }

    @PostMapping("/{notificationId}/read")
    ResponseEntity<Void> markRead(Caller caller, @PathVariable String notificationId) {
        inbox.markRead(caller.memberId(), notificationId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    Map<String, Long> markAllRead(Caller caller) {
        return Map.of("marked", inbox.markAllRead(caller.memberId()));
    }

    @GetMapping("/preferences")
    ResponseEntity<PreferencesResponse> preferences(Caller caller) {
        NotificationPreferences preferences = settings.of(caller.memberId());
        return ResponseEntity.ok().eTag(Versions.etag(preferences.version())).body(PreferencesResponse.of(preferences));
    }

    @PutMapping("/preferences")
    ResponseEntity<PreferencesResponse> updatePreferences(
            Caller caller,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody PreferencesRequest request) {
        if ((request.quietFrom() == null) != (request.quietUntil() == null)) {
            throw new QuietHoursIncompleteException();
        }
        NotificationPreferences preferences = settings.update(caller.memberId(), ifMatch, request);
        return ResponseEntity.ok().eTag(Versions.etag(preferences.version())).body(PreferencesResponse.of(preferences));
    }
}
