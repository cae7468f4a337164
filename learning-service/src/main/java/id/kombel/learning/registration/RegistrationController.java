package id.kombel.learning.registration;

import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegistrationController {

    private final RegistrationService registrations;

    RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    /** Registers the caller: confirmed while seats last, waitlisted after (status and position say which). */
    @PostMapping("/api/v1/activities/{activityId}/registrations")
    ResponseEntity<RegistrationResponse> register(Caller caller, @PathVariable String activityId) {
        Registration registration = registrations.register(caller, activityId);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/activities/" + activityId + "/registrations/me"))
                .eTag(Versions.etag(registration.version()))
                .body(response(registration));
    }

    @GetMapping("/api/v1/activities/{activityId}/registrations/me")
    ResponseEntity<RegistrationResponse> mine(Caller caller, @PathVariable String activityId) {
        Registration registration = registrations.own(caller, activityId);
        return ResponseEntity.ok().eTag(Versions.etag(registration.version())).body(response(registration));
    }

    @DeleteMapping("/api/v1/activities/{activityId}/registrations/me")
    RegistrationResponse cancel(Caller caller, @PathVariable String activityId) {
        return response(registrations.cancel(caller, activityId));
    }

    /** For the activity's leads: its registrations in one status, the waitlist in promotion order. */
    @GetMapping("/api/v1/activities/{activityId}/registrations")
    CursorPage<RegistrationResponse> ofActivity(
            Caller caller,
            @PathVariable String activityId,
            @RequestParam(defaultValue = "CONFIRMED") RegistrationStatus status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<Registration> page =
                registrations.ofActivity(caller, activityId, status, PageRequest.of(cursor, limit));
        return new CursorPage<>(page.items().stream().map(this::response).toList(), page.next());
    }

    @GetMapping("/api/v1/activities/{activityId}/seats")
    SeatsResponse seats(Caller caller, @PathVariable String activityId) {
        return registrations.seatsOf(caller, activityId);
    }

    /** The caller's own schedule: activities they are registered or waitlisted for. */
    @GetMapping("/api/v1/activities/schedule")
    CursorPage<RegistrationResponse> schedule(
            Caller caller,
            @RequestParam(defaultValue = "UPCOMING") RegistrationService.When when,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<Registration> page = registrations.schedule(caller, when, PageRequest.of(cursor, limit));
        return new CursorPage<>(page.items().stream().map(this::response).toList(), page.next());
    }

    private RegistrationResponse response(Registration registration) {
        return RegistrationResponse.of(registration, registrations.position(registration));
    }
}
