package id.kombel.learning.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An activity as a lead writes it, to create or to replace. Times are local date-times in the
 * community's region's time zone ({@code 2026-12-01T09:00}); the server places them on the time line.
 */
record ActivityRequest(
        @NotNull ActivityKind kind,
        @NotBlank @Size(max = 150) String title,
        @Nullable @Size(max = 4000) String description,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        @NotNull DeliveryMode mode,
        @Nullable @Size(max = 300) String venue,
        @Nullable @Size(max = 2000) String onlineUrl,
        @NotNull @Min(1) @Max(Activity.MAX_CAPACITY) Integer capacity,
        @NotNull @Min(0) @Max(Activity.MAX_JP) Integer learningHoursJp,
        @Nullable @Size(max = 10) List<@NotBlank @Size(max = 80) String> competencies,
        @NotNull Boolean openToOtherCommunities,
        @Nullable @Valid Recurrence recurrence) {

    /** How many activities this request creates: one, or one per occurrence of a routine meeting. */
    int occurrences() {
        return recurrence == null ? 1 : recurrence.occurrences();
    }

    ActivityDetails details(ZoneId zone) {
        return details(zone, 0);
    }

    /** The details of occurrence {@code index} (0 = the first, or the only one). */
    ActivityDetails details(ZoneId zone, int index) {
        LocalDateTime localStart = recurrence == null ? startsAt : recurrence.shift(startsAt, index);
        LocalDateTime localEnd = recurrence == null ? endsAt : recurrence.shift(endsAt, index);
        Instant start = localStart.atZone(zone).toInstant();
        Instant end = localEnd.atZone(zone).toInstant();
        return new ActivityDetails(
                kind,
                title.strip(),
                description == null ? "" : description.strip(),
                start,
                end,
                mode,
                blankToNull(venue),
                blankToNull(onlineUrl),
                capacity,
                learningHoursJp,
                competencies == null
                        ? List.of()
                        : competencies.stream().map(String::strip).distinct().toList(),
                openToOtherCommunities);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
