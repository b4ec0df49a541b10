package org.backcare.identity;

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

@Controller
class RegistrationController {

	private final Registration registration;

	RegistrationController(Registration registration) {
		this.registration = registration;
	}

	@GetMapping("/register")
	ModelAndView form() {
		return form(new Forms.Registration("", "", ""), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/register")
	ModelAndView register(@Valid @ModelAttribute("form") Forms.Registration form, BindingResult result) {
		if (result.hasErrors()) {
			return form(form, FormErrors.of(result), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			registration.register(form.displayName(), form.email(), form.password());
		}
		catch (EmailAlreadyRegistered taken) {
			return form(form, FormErrors.none()
				.field("email", "There is already an account with this email address. Sign in, or reset your password if you have forgotten it."),
					HttpStatus.CONFLICT);
		}
		return new ModelAndView("redirect:/register/check-email");
	}

	@GetMapping("/register/check-email")
	String checkEmail() {
		return "identity/check-email";
	}

	/** A page with a button, not a GET that confirms: mail scanners open links, people press buttons. */
	@GetMapping("/confirm-email/{token}")
	ModelAndView confirmPage(@PathVariable String token) {
		return new ModelAndView("identity/confirm-email", "token", token);
	}

	@PostMapping("/confirm-email/{token}")
	ModelAndView confirm(@PathVariable String token) {
		var check = registration.confirm(token);
		if (check instanceof AccountLinks.Valid) {
			return new ModelAndView("redirect:/sign-in?confirmed");
		}
		return LinkProblems.page(check, "/sign-in", "Sign in or ask for a new link");
	}

	private static ModelAndView form(Forms.Registration form, FormErrors errors, HttpStatus status) {
		var page = new ModelAndView("identity/register", status);
		page.addObject("form", form);
		page.addObject("errors", errors);
		return page;
	}
}
