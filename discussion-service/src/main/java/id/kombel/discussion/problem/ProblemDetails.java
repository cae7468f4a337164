package id.kombel.discussion.problem;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the author describes; tags are normalized (trimmed, distinct) before they get here. */
record ProblemDetails(
        String title,
        String description,
        Category category,
        @Nullable String subject,
        @Nullable SchoolLevel level,
        @Nullable Integer grade,
        List<String> tags) {}
