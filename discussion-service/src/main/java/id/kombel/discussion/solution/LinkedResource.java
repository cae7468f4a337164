package id.kombel.discussion.solution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A resource a solution points to. Only http(s) URLs are accepted; the server never fetches them. */
record LinkedResource(
        @NotBlank @Size(max = 120) String title,

        @NotBlank @Size(max = 2000) @Pattern(regexp = WebLinks.HTTP_URL)
        String url) {}
