package id.kombel.learning.goal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A goal as the member states it; progress defaults to 0 when setting it. */
record GoalRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate targetDate,
        @Nullable @Min(0) @Max(100) Integer progress) {}
