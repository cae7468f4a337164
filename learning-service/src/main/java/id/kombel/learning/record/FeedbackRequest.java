package id.kombel.learning.record;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An attendee's rating (1-5) and comment on an activity. */
record FeedbackRequest(
        @NotNull @Min(1) @Max(5) Integer rating,
        @Nullable @Size(max = 2000) String comment) {}
