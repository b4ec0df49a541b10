package org.backcare.notifications;

import java.util.HashMap;
import java.util.Map;

import org.backcare.newsletter.NewsletterAlreadySubscribed;
import org.backcare.newsletter.NewsletterConfirmationRequested;
import org.backcare.newsletter.NewsletterSubscriberErased;
import org.backcare.platform.PracticeSettings;
import org.backcare.platform.PublicLinks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The newsletter's sign-up emails: the confirmation link, or a note to an address already subscribed; and their
 * removal, with the digests, when a subscriber is erased. Synchronous
 * like {@link IdentityMail}: the email commits with the sign-up, and the link (a secret) never lands in the event
 * publication registry.
 */
@Component
class NewsletterMail {

	private final Outbox outbox;

	private final MailTemplates templates;

	private final PublicLinks links;

	private final PracticeSettings practice;

	NewsletterMail(Outbox outbox, MailTemplates templates, PublicLinks links, PracticeSettings practice) {
		this.outbox = outbox;
		this.templates = templates;
		this.links = links;
		this.practice = practice;
	}

	@EventListener
	void on(NewsletterConfirmationRequested event) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", event.firstName() == null ? "there" : event.firstName());
		params.put("link", links.to(event.confirmPath()));
		params.put("validUntil", SessionTime.start(practice.timeZone(), event.expiresAt()));
		params.put("signUpPage", links.to("/newsletter"));
		outbox.add(templates.write("newsletter-confirm", event.email(), "Confirm your BackCare newsletter", params));
	}

	@EventListener
	void on(NewsletterAlreadySubscribed event) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", event.firstName() == null ? "there" : event.firstName());
		params.put("link", links.to(event.preferencesPath()));
		outbox.add(templates.write("newsletter-already-subscribed", event.email(),
				"You're already subscribed to the BackCare newsletter", params));
	}

	@EventListener
	void on(NewsletterSubscriberErased event) {
		outbox.eraseNewsletterMail(event.email());
	}
}
