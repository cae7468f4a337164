package id.kombel.learning.reflection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A short word of encouragement ("terima kasih", "semangat!"). */
record EncourageRequest(@NotBlank @Size(max = 280) String message) {}
