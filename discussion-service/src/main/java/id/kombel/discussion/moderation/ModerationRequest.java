package id.kombel.discussion.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a lead hides, restores or locks, or why a member flags. */
public record ModerationRequest(@NotBlank @Size(max = 500) String reason) {}
