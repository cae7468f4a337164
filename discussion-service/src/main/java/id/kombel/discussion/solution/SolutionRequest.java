package id.kombel.discussion.solution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A proposed solution: what to do, the steps to take in class, the resources that help. */
record SolutionRequest(
        @NotBlank @Size(max = 2000) String summary,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 1000) String> steps,
        @Nullable @Size(max = 10) List<@Valid LinkedResource> resources) {}
