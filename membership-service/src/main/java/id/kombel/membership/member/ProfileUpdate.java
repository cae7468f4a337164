package id.kombel.membership.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member's whole profile as they want it (PUT replaces it): digital skills are self-assessed from 1
 * (just starting) to 4 (can teach others); a platform left out has no assessment.
 */
record ProfileUpdate(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 160) @Nullable String school,
        @NotNull @Size(max = 12) List<@NotBlank @Size(max = 60) String> subjects,
        @NotNull Set<@NotNull Level> levels,
        @NotNull EducatorType educatorType,
        @NotNull Map<@NotNull DigitalPlatform, @NotNull @Min(1) @Max(4) Integer> digitalSkills,
        @NotNull @Valid Privacy privacy) {

    Profile toProfile() {
        return new Profile(name, school, subjects, List.copyOf(levels), educatorType, digitalSkills, privacy);
    }
}
