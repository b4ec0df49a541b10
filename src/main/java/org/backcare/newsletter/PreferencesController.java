package org.backcare.newsletter;

import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The preferences link in every digest: topics, name and frequency; subscribe again; the subscriber's copy of
 * their data and its deletion. The signed link proves the mailbox, so no sign-in is needed.
 */
@Controller
class PreferencesController {

	private static final NewsletterLinks.Purpose PREFERENCES = NewsletterLinks.Purpose.PREFERENCES;

	private final NewsletterLinks links;

	private final Subscriptions subscriptions;

	private final SubscriberExport export;

	private final PracticeCadence cadence;

	PreferencesController(NewsletterLinks links, Subscriptions subscriptions, SubscriberExport export,
			PracticeCadence cadence) {
		this.links = links;
		this.subscriptions = subscriptions;
		this.export = export;
		this.cadence = cadence;
	}

	@GetMapping("/newsletter/preferences/{token}")
	ModelAndView show(@PathVariable String token) {
		return with(token, subscriber -> page(subscriber, Preferences.of(subscriber), FormErrors.none(), HttpStatus.OK));
	}

	@PostMapping("/newsletter/preferences/{token}")
	ModelAndView save(@PathVariable String token, @ModelAttribute Preferences form) {
		return with(token, subscriber -> {
			FormErrors errors = form.problems();
			if (!errors.isEmpty()) {
				return page(subscriber, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
			}
			subscriptions.change(subscriber, form);
			return new ModelAndView("redirect:" + links.path(PREFERENCES, subscriber) + "?saved");
		});
	}

	@PostMapping("/newsletter/preferences/{token}/subscribe-again")
	ModelAndView subscribeAgain(@PathVariable String token, HttpServletRequest request) {
		return with(token, subscriber -> {
			subscriptions.subscribeAgain(subscriber, request.getRemoteAddr());
			return new ModelAndView("redirect:" + links.path(PREFERENCES, subscriber) + "?subscribed");
		});
	}

	@GetMapping("/newsletter/preferences/{token}/data")
	Object data(@PathVariable String token) {
		return links.subscriberFor(PREFERENCES, token)
			.<Object>map(subscriber -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"backcare-newsletter-data.json\"")
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(export.of(subscriber)))
			.orElseGet(LinkProblem::unknownLink);
	}

	@PostMapping("/newsletter/preferences/{token}/delete")
	ModelAndView delete(@PathVariable String token) {
		return with(token, subscriber -> {
			subscriptions.erase(subscriber);
			return new ModelAndView("newsletter/erased");
		});
	}

	private ModelAndView with(String token, Function<Subscriber, ModelAndView> action) {
		return links.subscriberFor(PREFERENCES, token).map(action).orElseGet(LinkProblem::unknownLink);
	}

	private ModelAndView page(Subscriber subscriber, Preferences form, FormErrors errors, HttpStatus status) {
		return new ModelAndView("newsletter/preferences", Map.of("subscriber", subscriber, "form", form, "errors",
				errors, "practiceEveryDays", cadence.everyDays(), "path", links.path(PREFERENCES, subscriber),
				"unsubscribePath", links.path(NewsletterLinks.Purpose.UNSUBSCRIBE, subscriber)), status);
	}
}
