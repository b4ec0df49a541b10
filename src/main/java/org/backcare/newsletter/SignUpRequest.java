package org.backcare.newsletter;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A sign-up form as posted, from the footer, an article, the account page or the newsletter page.
 *
 * @param form the SignUpForm name of the form it came from, kept in the consent record
 * @param website the honeypot: hidden from people and assistive technology, so only a bot fills it in
 */
record SignUpRequest(String email, String firstName, List<String> interests, String form, String website) {

	SignUpRequest {
		email = email == null ? "" : email;
		firstName = firstName == null ? "" : firstName;
		interests = interests == null ? List.of() : interests;
	}

	/** The newsletter page's form as first shown: the suggested topics ticked. */
	static SignUpRequest blank(SignUpForm form, String email) {
		return new SignUpRequest(email, "", List.of(SignUp.codes(Interest.SUGGESTED)), form.name(), "");
	}

	SignUp signUp() {
		return new SignUp(email, firstName, interests);
	}

	/** Where it came from; anything else a page could not have sent counts as the newsletter page. */
	SignUpForm origin() {
		return Arrays.stream(SignUpForm.values())
			.filter(known -> known != SignUpForm.API && known.name().equals(form))
			.findFirst()
			.orElse(SignUpForm.PAGE);
	}

	boolean honeypotFilled() {
		return website != null && !website.isEmpty();
	}

	boolean wants(Interest interest) {
		return interests.contains(interest.name());
	}

	/** What the form shows ticked. */
	Set<Interest> ticked() {
		return SignUp.chosen(interests);
	}
}
