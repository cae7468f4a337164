package id.kombel.membership.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the region's admin rejects a proposed community; the proposer reads it. */
record RejectCommunityRequest(
        @NotBlank @Size(min = 3, max = 500) String reason) {}
