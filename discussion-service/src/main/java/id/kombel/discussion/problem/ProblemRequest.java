package id.kombel.discussion.problem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A problem as its author posts or edits it. {@code anonymous} counts only when posting. */
record ProblemRequest(
        @NotBlank @Size(max = 150) String title,
        @NotBlank @Size(max = 4000) String description,
        @NotNull Category category,
        @Nullable @Size(max = 60) String subject,
        @Nullable SchoolLevel level,
        @Nullable @Min(1) @Max(12) Integer grade,
        @Nullable @Size(max = 10) List<@NotBlank @Size(max = 30) String> tags,
        @Nullable Boolean anonymous) {

    ProblemDetails details() {
        List<String> distinct = tags == null
                ? List.of()
                : List.copyOf(
                        new LinkedHashSet<>(tags.stream().map(String::strip).toList()));
        return new ProblemDetails(
                title.strip(),
                description.strip(),
                category,
                subject == null || subject.isBlank() ? null : subject.strip(),
                level,
                grade,
                distinct);
    }

    boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }
}
