package id.kombel.learning.attendance;

import id.kombel.platform.security.Caller;
import id.kombel.platform.web.PageRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AttendanceController {

    private final AttendanceService attendance;

    AttendanceController(AttendanceService attendance) {
        this.attendance = attendance;
    }

    /** For the facilitator to show: the current code and when it rotates. Never cached. */
    @GetMapping("/api/v1/activities/{activityId}/check-in-code")
    ResponseEntity<CheckInCodes.CheckInCode> code(Caller caller, @PathVariable String activityId) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(attendance.currentCode(caller, activityId));
    }

    /** A confirmed registrant checks in with the code shown, while the activity runs. */
    @PostMapping("/api/v1/activities/{activityId}/check-ins")
    AttendanceResponse checkIn(
            Caller caller, @PathVariable String activityId, @Valid @RequestBody CheckInRequest request) {
        return AttendanceResponse.of(attendance.checkIn(caller, activityId, request.code()));
    }

    @PutMapping("/api/v1/activities/{activityId}/attendance/{memberId}")
    AttendanceResponse mark(Caller caller, @PathVariable String activityId, @PathVariable String memberId) {
        return AttendanceResponse.of(attendance.mark(caller, activityId, memberId));
    }

    @DeleteMapping("/api/v1/activities/{activityId}/attendance/{memberId}")
    AttendanceResponse unmark(Caller caller, @PathVariable String activityId, @PathVariable String memberId) {
        return AttendanceResponse.of(attendance.unmark(caller, activityId, memberId));
    }

    @GetMapping("/api/v1/activities/{activityId}/attendance")
    AttendanceReport report(
            Caller caller,
            @PathVariable String activityId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return attendance.report(caller, activityId, PageRequest.of(cursor, limit));
    }
}
