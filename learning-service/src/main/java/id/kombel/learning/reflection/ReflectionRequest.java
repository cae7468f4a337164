package id.kombel.learning.reflection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new reflection; private unless said otherwise. */
record ReflectionRequest(
        @NotBlank @Size(max = 64) String activityId,
        @NotBlank @Size(max = 4000) String text,
        @Nullable Visibility visibility) {}
