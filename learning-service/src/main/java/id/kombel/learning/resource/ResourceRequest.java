package id.kombel.learning.resource;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A resource as the sharer describes it, to share or to replace the description. Lists are bounded so
 * the document and its search keys stay small; the url's scheme is checked by {@link ResourceUrl}.
 */
record ResourceRequest(
        @NotBlank @Size(max = 150) String title,
        @Nullable @Size(max = 2000) String description,
        @NotBlank @Size(max = ResourceUrl.MAX_LENGTH) String url,
        @NotNull ResourcePlatform platform,
        @NotNull ResourceKind kind,
        @Nullable @Size(max = 10) List<@NotBlank @Size(max = 60) String> subjects,
        @Nullable @Size(max = 6) List<@NotNull Level> levels,
        @Nullable @Size(max = 15) List<@NotBlank @Size(max = 40) String> tags,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 500) String> steps,
        @Nullable ResourceScope scope) {

    ResourceDetails details() {
        return new ResourceDetails(
                title.strip(),
                description == null ? "" : description.strip(),
                ResourceUrl.require(url),
                platform,
                kind,
                subjects == null
                        ? List.of()
                        : subjects.stream().map(String::strip).distinct().toList(),
                levels == null ? List.of() : levels.stream().distinct().toList(),
                tags == null ? List.of() : tags,
                steps == null ? List.of() : steps.stream().map(String::strip).toList(),
                scope == null ? ResourceScope.COMMUNITY : scope);
    }
}
