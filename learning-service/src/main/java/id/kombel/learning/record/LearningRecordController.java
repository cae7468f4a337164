package id.kombel.learning.record;

import id.kombel.learning.registration.Registration;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LearningRecordController {

    private final LearningRecords records;
    private final Feedback feedback;

    LearningRecordController(LearningRecords records, Feedback feedback) {
        this.records = records;
        this.feedback = feedback;
    }

    /** The caller's own record; nobody reads another member's. */
    @GetMapping("/api/v1/learning-records/me")
    LearningRecord mine(Caller caller) {
        return records.of(caller);
    }

    @GetMapping("/api/v1/learning-records/me/activities")
    CursorPage<CreditedActivity> myActivities(
            Caller caller,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<Registration> page = records.activities(caller, PageRequest.of(cursor, limit));
        return new CursorPage<>(page.items().stream().map(CreditedActivity::of).toList(), page.next());
    }

    /** An attendee rates the activity once; a second time is a conflict. */
    @PostMapping("/api/v1/activities/{activityId}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    FeedbackResponse feedback(
            Caller caller, @PathVariable String activityId, @Valid @RequestBody FeedbackRequest request) {
        String comment = request.comment() == null ? "" : request.comment().strip();
        feedback.give(caller, activityId, request.rating(), comment);
        return new FeedbackResponse(activityId, caller.memberId(), request.rating(), comment);
    }
}
