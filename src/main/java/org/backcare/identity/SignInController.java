package org.backcare.identity;

import java.time.Duration;

import org.backcare.platform.FormErrors;
import org.backcare.platform.Throttle;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST (see the platform's security configuration). */
@Controller
class SignInController {

	private static final Throttle.Limit RESENDS = new Throttle.Limit(5, Duration.ofHours(1));

	private final Registration registration;

	private final Throttle throttle;

	SignInController(Registration registration, Throttle throttle) {
		this.registration = registration;
		this.throttle = throttle;
	}

	@GetMapping("/sign-in")
	String signIn(@AuthenticationPrincipal SignedInAccount me, @RequestParam(required = false) String error,
			Model model) {
		if (me != null) {
			return "redirect:/account";
		}
		// The email typed before a failed attempt comes back as a flash attribute.
		model.addAttribute("email", model.getAttribute("email") instanceof String typed ? typed : "");
		model.addAttribute("errors", error != null
				? FormErrors.none().global("That email and password don't match an account. Please try again.")
				: FormErrors.none());
		return "identity/sign-in";
	}

	/** Sends a new confirmation link; the answer is the same whether or not the address has an account. */
	@PostMapping("/confirm-email/resend")
	String resend(@RequestParam(defaultValue = "") String email) {
		String key = "confirm-resend:" + Emails.normalize(email);
		if (throttle.waitFor(RESENDS, key).isEmpty()) {
			throttle.record(key);
			registration.resendConfirmation(email);
		}
		return "redirect:/sign-in?resent";
	}
}
