package id.kombel.membership.community;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a member sends to propose a community; they become its lead. */
record ProposeCommunityRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+")
        String regionId,

        @NotNull CommunityType type,
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
