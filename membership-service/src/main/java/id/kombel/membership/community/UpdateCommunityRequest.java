package id.kombel.membership.community;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The whole of what leads may change in a community (its region and type stay as proposed). */
record UpdateCommunityRequest(
        @NotBlank @Size(min = 3, max = 120) String name,
        @Size(max = 2000) @Nullable String description,

        @Size(max = 10) @Nullable
        List<@NotBlank @Size(max = 60) @Pattern(regexp = ".*[\\p{L}\\p{N}].*") String> subjects,

        @NotEmpty @Size(max = 6) List<@NotNull EducationLevel> levels,
        @NotNull JoinPolicy joinPolicy,
        @NotNull @Valid MeetingRequest meeting) {

    CommunityDetails details() {
        return CommunityRequests.details(name, description, subjects, levels, joinPolicy, meeting);
    }
}
