package id.kombel.membership.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a member sends to propose a community. */
record ProposeCommunityRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+")
        String regionId,

        @NotBlank @Size(min = 3, max = 120) String name,
        @Size(max = 2000) @Nullable String description,
        @NotNull CommunityType type) {}
