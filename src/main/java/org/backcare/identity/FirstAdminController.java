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

/** Opened from the link BackCare prints to its log on first start. */
@Controller
class FirstAdminController {

	private static final String RETRY = "Restart BackCare to get a new link in its log";

	private final FirstAdmin firstAdmin;

	FirstAdminController(FirstAdmin firstAdmin) {
		this.firstAdmin = firstAdmin;
	}

	@GetMapping("/setup/{token}")
	ModelAndView form(@PathVariable String token) {
		var check = firstAdmin.check(token);
		return check instanceof AccountLinks.Valid
				? form(token, new Forms.Registration("", "", ""), FormErrors.none(), HttpStatus.OK)
				: LinkProblems.page(check, "/", RETRY);
	}

	@PostMapping("/setup/{token}")
	ModelAndView create(@PathVariable String token, @Valid @ModelAttribute("form") Forms.Registration form,
			BindingResult result) {
		if (result.hasErrors()) {
			var check = firstAdmin.check(token);
			return check instanceof AccountLinks.Valid
					? form(token, form, FormErrors.of(result), HttpStatus.UNPROCESSABLE_CONTENT)
					: LinkProblems.page(check, "/", RETRY);
		}
		try {
			var check = firstAdmin.create(token, form.displayName(), form.email(), form.password());
			return check instanceof AccountLinks.Valid ? new ModelAndView("redirect:/sign-in?welcome")
					: LinkProblems.page(check, "/", RETRY);
		}
		catch (EmailAlreadyRegistered taken) {
			return form(token, form,
					FormErrors.none().field("email", "There is already an account with this email address."),
					HttpStatus.CONFLICT);
		}
	}

	private static ModelAndView form(String token, Forms.Registration form, FormErrors errors, HttpStatus status) {
		return new ModelAndView("identity/setup", Map.of("token", token, "form", form, "errors", errors), status);
	}
}
