package org.backcare.newsletter;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** The sign-up page, the sign-up every form posts to, and the link in the confirmation email. */
@Controller
class SignUpController {

	static final String CHECK_YOUR_INBOX = "/newsletter/check-your-inbox";

	private final Subscriptions subscriptions;

	private final NewsletterLinks links;

	SignUpController(Subscriptions subscriptions, NewsletterLinks links) {
		this.subscriptions = subscriptions;
		this.links = links;
	}

	@GetMapping("/newsletter")
	ModelAndView page() {
		return page(SignUpRequest.blank(SignUpForm.PAGE, ""), FormErrors.none(), HttpStatus.OK);
	}

	/** From any form; a refused one comes back on the newsletter page, everything typed kept. */
	@PostMapping("/newsletter/subscriptions")
	ModelAndView subscribe(@ModelAttribute SignUpRequest signUp, HttpServletRequest request,
			HttpServletResponse response) {
		if (signUp.honeypotFilled()) {
			// The same answer as a real sign-up, so the bot learns nothing; nothing is stored or sent.
			return new ModelAndView("redirect:" + CHECK_YOUR_INBOX);
		}
		var outcome = subscriptions.subscribe(signUp.signUp(), signUp.origin(), request.getRemoteAddr());
		if (outcome instanceof Subscriptions.Refused refused) {
			return page(signUp, refused.errors(), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (outcome instanceof Subscriptions.TooMany tooMany) {
			long minutes = Math.max(1, (tooMany.retryAfter().toSeconds() + 59) / 60);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds() + 1)));
			return page(signUp, FormErrors.none()
				.global("We have had too many sign-ups from your network. Please try again in " + minutes
						+ (minutes == 1 ? " minute." : " minutes.")),
					HttpStatus.TOO_MANY_REQUESTS);
		}
		return new ModelAndView("redirect:" + CHECK_YOUR_INBOX);
	}

	@GetMapping(CHECK_YOUR_INBOX)
	String checkYourInbox() {
		return "newsletter/check-your-inbox";
	}

	@GetMapping("/newsletter/confirm/{token}")
	ModelAndView confirm(@PathVariable String token) {
		return subscriptions.confirm(token)
			.map(subscriber -> new ModelAndView("newsletter/confirmed",
					Map.of("preferencesPath", links.path(NewsletterLinks.Purpose.PREFERENCES, subscriber))))
			.orElseGet(() -> LinkProblem.page("This confirmation link doesn't work",
					"It may have expired or been used already, or it was copied incompletely. Sign up again and we'll "
							+ "send you a new link."));
	}

	private static ModelAndView page(SignUpRequest signUp, FormErrors errors, HttpStatus status) {
		return new ModelAndView("newsletter/page", Map.of("signUp", signUp, "errors", errors), status);
	}
}
