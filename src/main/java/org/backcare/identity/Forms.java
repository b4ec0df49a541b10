package org.backcare.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the identity pages' forms send; never bound to an account directly. */
final class Forms {

	private Forms() {
	}

	record Registration(
			@NotBlank(message = "Tell us what to call you") @Size(max = 100, message = "Keep your name under 100 characters") String displayName,
			@NotBlank(message = Emails.MESSAGE) @Pattern(regexp = Emails.PATTERN, message = Emails.MESSAGE) String email,
			@Password String password) {
	}

	record EmailOnly(
			@NotBlank(message = Emails.MESSAGE) @Pattern(regexp = Emails.PATTERN, message = Emails.MESSAGE) String email) {
	}

	record NewPassword(@Password String password) {
	}

	record Invitation(
			@NotBlank(message = "Enter the therapist's name") @Size(max = 100, message = "Keep the name under 100 characters") String displayName,
			@NotBlank(message = Emails.MESSAGE) @Pattern(regexp = Emails.PATTERN, message = Emails.MESSAGE) String email) {
	}

	record TokenName(
			@NotBlank(message = "Give the token a name, e.g. the app that will use it") @Size(max = 100, message = "Keep the name under 100 characters") String name) {
	}
}
