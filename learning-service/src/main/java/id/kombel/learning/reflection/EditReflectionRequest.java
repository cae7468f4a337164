package id.kombel.learning.reflection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record EditReflectionRequest(
        @NotBlank @Size(max = 4000) String text, @NotNull Visibility visibility) {}
