package org.backcare.identity;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.backcare.platform.FormErrors;
import org.backcare.platform.Throttle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** "Forgot your password?": the same answer for every address, then a one-hour link by email. */
@Controller
class PasswordResetController {

	// Quietly stop sending after a few requests, so nobody can flood a mailbox through us.
	private static final Throttle.Limit REQUESTS_PER_ADDRESS = new Throttle.Limit(5, Duration.ofHours(1));

	private static final Throttle.Limit REQUESTS_PER_IP = new Throttle.Limit(30, Duration.ofHours(1));

	private final PasswordResets resets;

	private final Throttle throttle;

	PasswordResetController(PasswordResets resets, Throttle throttle) {
		this.resets = resets;
		this.throttle = throttle;
	}

	@GetMapping("/password-reset")
	ModelAndView form() {
		return requestForm("", FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/password-reset")
	ModelAndView request(@Valid @ModelAttribute("form") Forms.EmailOnly form, BindingResult result,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			return requestForm(form.email(), FormErrors.of(result), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		String addressKey = "password-reset:" + Emails.normalize(form.email());
		String ipKey = "password-reset:ip:" + request.getRemoteAddr();
		if (throttle.waitFor(REQUESTS_PER_ADDRESS, addressKey).isEmpty()
				&& throttle.waitFor(REQUESTS_PER_IP, ipKey).isEmpty()) {
			throttle.record(addressKey, ipKey);
			resets.request(form.email());
		}
		return new ModelAndView("redirect:/password-reset/sent");
	}

	@GetMapping("/password-reset/sent")
	String sent() {
		return "identity/password-reset-sent";
	}

	@GetMapping("/password-reset/{token}")
	ModelAndView newPasswordForm(@PathVariable String token) {
		var check = resets.check(token);
		if (!(check instanceof AccountLinks.Valid)) {
			return LinkProblems.page(check, "/password-reset", "Ask for a new reset link");
		}
		return newPasswordForm(token, FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/password-reset/{token}")
	ModelAndView reset(@PathVariable String token, @Valid @ModelAttribute("form") Forms.NewPassword form,
			BindingResult result) {
		if (result.hasErrors()) {
			var check = resets.check(token);
			return check instanceof AccountLinks.Valid
					? newPasswordForm(token, FormErrors.of(result), HttpStatus.UNPROCESSABLE_CONTENT)
					: LinkProblems.page(check, "/password-reset", "Ask for a new reset link");
		}
		var check = resets.reset(token, form.password());
		if (check instanceof AccountLinks.Valid) {
			return new ModelAndView("redirect:/sign-in?reset");
		}
		return LinkProblems.page(check, "/password-reset", "Ask for a new reset link");
	}

	private static ModelAndView requestForm(String email, FormErrors errors, HttpStatus status) {
		return new ModelAndView("identity/password-reset", Map.of("email", email == null ? "" : email, "errors", errors),
				status);
	}

	private static ModelAndView newPasswordForm(String token, FormErrors errors, HttpStatus status) {
		return new ModelAndView("identity/new-password",
				Map.of("action", "/password-reset/" + token, "heading", "Choose a new password", "intro",
						"Choose a password of at least 12 characters. A few unrelated words make a strong one.",
						"errors", errors),
				status);
	}
}
