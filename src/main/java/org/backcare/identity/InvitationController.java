package org.backcare.identity;

import java.util.Map;

import jakarta.validation.Valid;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** Where an invited therapist chooses a password. */
@Controller
class InvitationController {

	private static final String RETRY = "Ask the practice to send a new invitation";

	private final TherapistInvitations invitations;

	InvitationController(TherapistInvitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/invitations/{token}")
	ModelAndView form(@PathVariable String token) {
		return invitations.invitee(token)
			.map(invitee -> form(token, invitee, FormErrors.none(), HttpStatus.OK))
			.orElseGet(() -> LinkProblems.page(invitations.check(token), "/", RETRY));
	}

	@PostMapping("/invitations/{token}")
	ModelAndView accept(@PathVariable String token, @Valid @ModelAttribute("form") Forms.NewPassword form,
			BindingResult result) {
		if (result.hasErrors()) {
			return invitations.invitee(token)
				.map(invitee -> form(token, invitee, FormErrors.of(result), HttpStatus.UNPROCESSABLE_CONTENT))
				.orElseGet(() -> LinkProblems.page(invitations.check(token), "/", RETRY));
		}
		var check = invitations.accept(token, form.password());
		return check instanceof AccountLinks.Valid ? new ModelAndView("redirect:/sign-in?welcome")
				: LinkProblems.page(check, "/", RETRY);
	}

	private static ModelAndView form(String token, Account invitee, FormErrors errors, HttpStatus status) {
		return new ModelAndView("identity/new-password",
				Map.of("action", "/invitations/" + token, "heading", "Welcome to BackCare, " + invitee.displayName(),
						"intro", "You've been invited to join the practice as a therapist. Choose a password for "
								+ invitee.email() + " (at least 12 characters) to finish setting up your account.",
						"errors", errors),
				status);
	}
}
