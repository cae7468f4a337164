package id.kombel.learning.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The code the facilitator shows. */
record CheckInRequest(@NotNull @Pattern(regexp = "[0-9]{6}") String code) {}
