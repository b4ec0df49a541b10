package org.backcare.identity;

import java.util.Map;

import jakarta.validation.Valid;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practice's view of everyone who has an account, and therapist invitations. */
@Controller
class AdminAccountsController {

	private final Accounts accounts;

	private final TherapistInvitations invitations;

	AdminAccountsController(Accounts accounts, TherapistInvitations invitations) {
		this.accounts = accounts;
		this.invitations = invitations;
	}

	@GetMapping("/admin")
	String dashboard() {
		return "identity/admin";
	}

	@GetMapping("/admin/accounts")
	ModelAndView accounts() {
		return new ModelAndView("identity/admin-accounts", "accounts", accounts.all());
	}

	@GetMapping("/admin/therapists/invite")
	ModelAndView inviteForm() {
		return inviteForm(new Forms.Invitation("", ""), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/admin/therapists/invite")
	ModelAndView invite(@AuthenticationPrincipal SignedInAccount me,
			@Valid @ModelAttribute("form") Forms.Invitation form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return inviteForm(form, FormErrors.of(result), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			invitations.invite(form.displayName(), form.email(), me.displayName());
		}
		catch (EmailAlreadyRegistered taken) {
			return inviteForm(form, FormErrors.none().field("email", "There is already an account with this email address."),
					HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("invited", Emails.normalize(form.email()));
		return new ModelAndView("redirect:/admin/accounts");
	}

	@PostMapping("/admin/accounts/{id}/invitation")
	String resendInvitation(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		var invitee = accounts.withId(new AccountId(id));
		if (invitee.isEmpty() || !invitations.resend(invitee.get().id(), me.displayName())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("invited", invitee.get().email());
		return "redirect:/admin/accounts";
	}

	private static ModelAndView inviteForm(Forms.Invitation form, FormErrors errors, HttpStatus status) {
		return new ModelAndView("identity/admin-invite", Map.of("form", form, "errors", errors), status);
	}
}
