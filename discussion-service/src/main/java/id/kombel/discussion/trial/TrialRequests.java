package id.kombel.discussion.trial;

import id.kombel.discussion.solution.WebLinks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Request bodies of the trial API. */
final class TrialRequests {

    private TrialRequests() {}

    /** The date, in the community's region, by which the member will have tried the solution. */
    record Commit(@NotNull LocalDate dueOn) {}

    /** How it went; the evidence link is http(s) only and never fetched. */
    record Report(
            @NotNull Outcome outcome,
            @NotBlank @Size(max = 2000) String note,

            @Nullable @Size(max = 2000) @Pattern(regexp = WebLinks.HTTP_URL)
            String evidenceUrl) {}
}
