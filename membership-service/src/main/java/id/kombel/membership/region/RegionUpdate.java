package id.kombel.membership.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A region's new name, province and time zone (the code never changes). */
record RegionUpdate(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 80) String province,
        @NotNull TimeZoneCode timeZone) {}
