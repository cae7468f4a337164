package id.kombel.learning.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an activity is called off; its registrants are told. */
record CancelActivityRequest(@NotBlank @Size(max = 500) String reason) {}
