package org.backcare.newsletter;

import java.time.Clock;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** Shows an admin the digest a subscriber would get if it were written now, without recording anything. */
@Controller
class AdminDigestPreviewController {

	private final Subscribers subscribers;

	private final DigestComposer composer;

	private final Clock clock;

	AdminDigestPreviewController(Subscribers subscribers, DigestComposer composer, Clock clock) {
		this.subscribers = subscribers;
		this.composer = composer;
		this.clock = clock;
	}

	@GetMapping("/admin/newsletter/subscribers/{id}/preview")
	ModelAndView preview(@PathVariable long id) {
		Subscriber subscriber = subscribers.withId(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new ModelAndView("newsletter/preview",
				Map.of("subscriber", subscriber, "digest", composer.preview(subscriber, clock.instant())));
	}
}
