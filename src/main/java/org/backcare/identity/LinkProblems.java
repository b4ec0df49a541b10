package org.backcare.identity;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The page for a link that can no longer be used, with what to do instead. */
final class LinkProblems {

	private LinkProblems() {
	}

	static ModelAndView page(AccountLinks.Check check, String retryHref, String retryLabel) {
		String title;
		String message;
		HttpStatus status;
		if (check instanceof AccountLinks.Expired) {
			title = "This link has expired";
			message = "For your security, links in our emails only work for a limited time.";
			status = HttpStatus.GONE;
		}
		else if (check instanceof AccountLinks.AlreadyUsed) {
			title = "This link has already been used";
			message = "Each link in our emails works once. If that was you, you're all set.";
			status = HttpStatus.GONE;
		}
		else {
			title = "We don't recognise this link";
			message = "Please check that you copied the whole address from the email.";
			status = HttpStatus.NOT_FOUND;
		}
		return new ModelAndView("identity/link-problem",
				Map.of("title", title, "message", message, "retryHref", retryHref, "retryLabel", retryLabel), status);
	}
}
