package id.kombel.discussion.solution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ReplyRequest(@NotBlank @Size(max = 2000) String body) {}
