package id.kombel.membership.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new region. The code becomes its id: lower-case words joined by hyphens. */
record RegionRequest(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String code,

        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 80) String province,
        @NotNull TimeZoneCode timeZone) {}
