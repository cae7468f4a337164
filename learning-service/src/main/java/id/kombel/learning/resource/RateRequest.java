package id.kombel.learning.resource;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

record RateRequest(@NotNull @Min(1) @Max(5) Integer stars) {}
