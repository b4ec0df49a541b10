package org.backcare.content;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** "Share your experience": a client's testimonial, its status, and withdrawing it. */
@Controller
class TestimonialController {

	static final String PATH = "/account/testimonial";

	private final TestimonialSubmissions submissions;

	TestimonialController(TestimonialSubmissions submissions) {
		this.submissions = submissions;
	}

	@GetMapping(PATH)
	ModelAndView page(@AuthenticationPrincipal SignedInAccount me) {
		return page(me, TestimonialForm.blank(), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(PATH)
	ModelAndView submit(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute TestimonialForm form) {
		var errors = submissions.submit(me, form);
		if (!errors.isEmpty()) {
			return page(me, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return new ModelAndView("redirect:" + PATH + "?sent");
	}

	@PostMapping(PATH + "/withdraw")
	String withdraw(@AuthenticationPrincipal SignedInAccount me) {
		submissions.withdraw(me.id().value());
		return "redirect:" + PATH + "?withdrawn";
	}

	private ModelAndView page(SignedInAccount me, TestimonialForm form, FormErrors errors, HttpStatus status) {
		long client = me.id().value();
		var view = new ModelAndView("content/testimonial", status);
		view.addObject("latest", submissions.latestOf(client).orElse(null));
		view.addObject("mayShare", submissions.mayShare(client));
		view.addObject("fullName", me.displayName());
		view.addObject("form", form);
		view.addObject("errors", errors);
		return view;
	}
}
