package org.backcare.newsletter;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The 404 page for a newsletter link that is unknown, expired, used, tampered with or meant for something else. */
final class LinkProblem {

	private LinkProblem() {
	}

	static ModelAndView page(String title, String message) {
		return new ModelAndView("newsletter/link-problem", Map.of("title", title, "message", message),
				HttpStatus.NOT_FOUND);
	}

	static ModelAndView unknownLink() {
		return page("This newsletter link doesn't work",
				"It may be from an old email, or it was copied incompletely. Open the link from your latest newsletter, "
						+ "or sign up again.");
	}
}
