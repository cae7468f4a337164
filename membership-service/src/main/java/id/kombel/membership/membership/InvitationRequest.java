package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Whom to invite, and as what: a member (the default) or, by the lead, a co-lead. */
record InvitationRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+")
        String memberId,

        @Nullable CommunityRole role) {

    CommunityRole offeredRole() {
        return role == null ? CommunityRole.MEMBER : role;
    }
}
