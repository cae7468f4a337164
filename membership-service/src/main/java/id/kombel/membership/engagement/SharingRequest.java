package id.kombel.membership.engagement;

import jakarta.validation.constraints.NotNull;

/** Whether the member's communities may see their engagement profile. */
record SharingRequest(@NotNull Boolean shared) {}
