package org.backcare.newsletter;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The unsubscribe link in every digest. Opening it only asks (mail scanners open links, and must not unsubscribe
 * anyone); the POST unsubscribes, whether from the page's button or from a mail client's one-click (RFC 8058: a
 * POST with the body List-Unsubscribe=One-Click, no cookies, no CSRF token), and may come any number of times.
 */
@Controller
class UnsubscribeController {

	private final NewsletterLinks links;

	private final Subscriptions subscriptions;

	UnsubscribeController(NewsletterLinks links, Subscriptions subscriptions) {
		this.links = links;
		this.subscriptions = subscriptions;
	}

	@GetMapping("/newsletter/unsubscribe/{token}")
	ModelAndView ask(@PathVariable String token) {
		return links.subscriberFor(NewsletterLinks.Purpose.UNSUBSCRIBE, token)
			.map(subscriber -> subscriber.status() == SubscriberStatus.UNSUBSCRIBED ? unsubscribed(subscriber)
					: new ModelAndView("newsletter/unsubscribe", Map.of("maskedEmail",
							MaskedEmail.of(subscriber.email()), "action", links.path(NewsletterLinks.Purpose.UNSUBSCRIBE,
									subscriber))))
			.orElseGet(LinkProblem::unknownLink);
	}

	@PostMapping("/newsletter/unsubscribe/{token}")
	ModelAndView unsubscribe(@PathVariable String token) {
		return links.subscriberFor(NewsletterLinks.Purpose.UNSUBSCRIBE, token).map(subscriber -> {
			subscriptions.unsubscribe(subscriber);
			return unsubscribed(subscriber);
		}).orElseGet(LinkProblem::unknownLink);
	}

	private ModelAndView unsubscribed(Subscriber subscriber) {
		return new ModelAndView("newsletter/unsubscribed",
				Map.of("preferencesPath", links.path(NewsletterLinks.Purpose.PREFERENCES, subscriber)));
	}
}
