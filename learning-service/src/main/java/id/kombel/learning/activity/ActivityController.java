package id.kombel.learning.activity;

import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ActivityController {

    private final ActivityService activities;

    ActivityController(ActivityService activities) {
        this.activities = activities;
    }

    /** A lead or co-lead of an active community drafts an activity. */
    @PostMapping("/api/v1/communities/{communityId}/activities")
    ResponseEntity<ActivityResponse> create(
            Caller caller, @PathVariable String communityId, @Valid @RequestBody ActivityRequest request) {
        Activity activity = activities.create(caller, communityId, request);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.id()))
                .eTag(Versions.etag(activity.version()))
                .body(ActivityResponse.of(activity));
    }

    /** A community's activities not over yet (soonest first) or over ({@code when=PAST}, latest first). */
    @GetMapping("/api/v1/communities/{communityId}/activities")
    CursorPage<ActivityResponse> ofCommunity(
            Caller caller,
            @PathVariable String communityId,
            @RequestParam(defaultValue = "UPCOMING") ActivityService.When when,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return responses(activities.ofCommunity(caller, communityId, when, PageRequest.of(cursor, limit)));
    }

    /** Published activities of a region that members of any community may join, soonest first. */
    @GetMapping("/api/v1/activities")
    CursorPage<ActivityResponse> openInRegion(
            @RequestParam @Size(min = 1, max = 64) String regionId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return responses(activities.openInRegion(regionId, PageRequest.of(cursor, limit)));
    }

    @GetMapping("/api/v1/activities/{activityId}")
    ResponseEntity<ActivityResponse> get(Caller caller, @PathVariable String activityId) {
        return ok(activities.get(caller, activityId));
    }

    @PutMapping("/api/v1/activities/{activityId}")
    ResponseEntity<ActivityResponse> update(
            Caller caller,
            @PathVariable String activityId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ActivityRequest request) {
        return ok(activities.update(caller, activityId, ifMatch, request));
    }

    @PostMapping("/api/v1/activities/{activityId}/publish")
    ResponseEntity<ActivityResponse> publish(
            Caller caller,
            @PathVariable String activityId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(activities.publish(caller, activityId, ifMatch));
    }

    @PostMapping("/api/v1/activities/{activityId}/cancel")
    ResponseEntity<ActivityResponse> cancel(
            Caller caller,
            @PathVariable String activityId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody CancelActivityRequest request) {
        return ok(
                activities.cancel(caller, activityId, ifMatch, request.reason().strip()));
    }

    /** Closes an activity that has begun; its attendees are credited. Completing again changes nothing. */
    @PostMapping("/api/v1/activities/{activityId}/complete")
    ResponseEntity<ActivityResponse> complete(Caller caller, @PathVariable String activityId) {
        return ok(activities.complete(caller, activityId));
    }

    private static ResponseEntity<ActivityResponse> ok(Activity activity) {
        return ResponseEntity.ok().eTag(Versions.etag(activity.version())).body(ActivityResponse.of(activity));
    }

    private static CursorPage<ActivityResponse> responses(CursorPage<Activity> page) {
        return new CursorPage<>(page.items().stream().map(ActivityResponse::of).toList(), page.next());
    }
}
