package org.backcare.newsletter;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One subscriber for the admin: their consents with the wording they agreed to, the digests they got, marking a
 * hard bounce or a complaint, and erasing them after a confirmation page.
 */
@Controller
class AdminSubscriberController {

	private static final String PATH = "/admin/newsletter/subscribers/{id}";

	private final Subscribers subscribers;

	private final SubscriberHistory history;

	private final BounceMarks bounces;

	private final AdminSubscriberErasure erasure;

	AdminSubscriberController(Subscribers subscribers, SubscriberHistory history, BounceMarks bounces,
			AdminSubscriberErasure erasure) {
		this.subscribers = subscribers;
		this.history = history;
		this.bounces = bounces;
		this.erasure = erasure;
	}

	@GetMapping(PATH)
	ModelAndView show(@PathVariable long id) {
		return page(subscriber(id), "", FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(PATH + "/bounce")
	ModelAndView bounce(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		Subscriber subscriber = subscriber(id);
		var errors = FormErrors.none();
		var marked = BounceKind.fromCode(kind);
		if (marked.isEmpty()) {
			errors.global("Choose Mark hard bounce or Mark complaint.");
		}
		if (reason.strip().length() > BounceKind.DETAIL_MAX) {
			errors.field("reason", "Keep the reason to " + BounceKind.DETAIL_MAX + " characters.");
		}
		if (!errors.isEmpty()) {
			return page(subscriber, reason, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		boolean changed = bounces.mark(id, marked.get(), reason, me.id().value());
		redirect.addFlashAttribute("done", changed ? "Marked as bounced (" + marked.get().words + "): no more mail goes to "
				+ subscriber.email() + "." : "This address was already marked as bounced; nothing changed.");
		return new ModelAndView("redirect:/admin/newsletter/subscribers/" + id);
	}

	@GetMapping(PATH + "/erase")
	ModelAndView confirmErasure(@PathVariable long id) {
		return new ModelAndView("newsletter/admin-subscriber-erase", "subscriber", subscriber(id));
	}

	@PostMapping(PATH + "/erase")
	String erase(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, RedirectAttributes redirect) {
		if (!erasure.erase(id, me.id().value())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("done", "The subscriber was erased, with their consent records and digest history.");
		return "redirect:" + SubscriberFilter.PATH;
	}

	private Subscriber subscriber(long id) {
		return subscribers.withId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ModelAndView page(Subscriber subscriber, String reason, FormErrors errors, HttpStatus status) {
		return new ModelAndView("newsletter/admin-subscriber", status).addObject("subscriber", subscriber)
			.addObject("standing", history.standing(subscriber.id()))
			.addObject("consents", history.consents(subscriber.id()))
			.addObject("digests", history.digests(subscriber.id()))
			.addObject("reason", reason)
			.addObject("errors", errors);
	}
}
