package id.kombel.learning.record;

import org.jspecify.annotations.Nullable;

record FeedbackResponse(
        String activityId,
        String memberId,
        int rating,
        @Nullable String comment) {}
