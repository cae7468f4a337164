package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import jakarta.validation.constraints.NotNull;

/** The role a member should have: LEAD hands the lead over to them. */
record RoleChangeRequest(@NotNull CommunityRole role) {}
