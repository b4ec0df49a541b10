package org.backcare.newsletter;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** Shows an admin the digest a subscriber would get if it were written now, without recording anything. */
@Controller
class AdminDigestPreviewController {

	/**
	 * The site's policy with inline styles allowed: a {@code srcdoc} frame inherits its page's policy, and a digest
	 * is styled inline (as mail programs need). The digest's words are escaped and its frame runs no scripts.
	 */
	private static final String PREVIEW_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	private final Subscribers subscribers;

	private final DigestComposer composer;

	private final Clock clock;

	AdminDigestPreviewController(Subscribers subscribers, DigestComposer composer, Clock clock) {
		this.subscribers = subscribers;
		this.composer = composer;
		this.clock = clock;
	}

	@GetMapping("/admin/newsletter/subscribers/{id}/preview")
	ModelAndView preview(@PathVariable long id, HttpServletResponse response) {
		Subscriber subscriber = subscribers.withId(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setHeader("Content-Security-Policy", PREVIEW_POLICY);
		return new ModelAndView("newsletter/preview",
				Map.of("subscriber", subscriber, "digest", composer.preview(subscriber, clock.instant())));
	}
}
