package org.backcare.newsletter;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.backcare.platform.AccountSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The newsletter on the account page: how a confirmed subscription stands, with the preferences link (the
 * account's address is confirmed, so the person owns the mailbox), or else the sign-up form with that address.
 */
@Component
@Order(10)
class NewsletterOnAccount implements AccountSection {

	private final TemplateEngine templates;

	private final Subscribers subscribers;

	private final NewsletterLinks links;

	private final PracticeCadence cadence;

	NewsletterOnAccount(TemplateEngine templates, Subscribers subscribers, NewsletterLinks links,
			PracticeCadence cadence) {
		this.templates = templates;
		this.subscribers = subscribers;
		this.links = links;
		this.cadence = cadence;
	}

	@Override
	public Content content(long accountId, String email) {
		Optional<Subscriber> subscriber = subscribers.withEmail(email);
		Map<String, Object> params = new HashMap<>();
		params.put("signUp", SignUpRequest.blank(SignUpForm.ACCOUNT, email));
		params.put("status", subscriber.map(Subscriber::status).orElse(null));
		params.put("preferencesPath",
				subscriber.map(found -> links.path(NewsletterLinks.Purpose.PREFERENCES, found)).orElse(null));
		params.put("frequency", subscriber.map(this::frequency).orElse(""));
		return output -> templates.render("newsletter/account.jte", params, output);
	}

	private String frequency(Subscriber subscriber) {
		if (subscriber.everyDays() == null) {
			int days = cadence.everyDays();
			return days == 1 ? "every day" : "every " + days + " days";
		}
		return subscriber.everyDays() == 7 ? "weekly"
				: subscriber.everyDays() == 14 ? "every two weeks" : "every " + subscriber.everyDays() + " days";
	}
}
