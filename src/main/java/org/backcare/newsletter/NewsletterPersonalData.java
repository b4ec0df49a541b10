package org.backcare.newsletter;

import java.util.Map;
import java.util.Optional;

import org.backcare.identity.People;
import org.backcare.platform.PersonalData;
import org.springframework.stereotype.Component;

/**
 * A client's newsletter subscription, found by their account's email address (people subscribe without an
 * account, so the address is the only link). Erasure deletes it with its consents: a newsletter is no record
 * the practice must keep.
 */
@Component
class NewsletterPersonalData implements PersonalData {

	private final People people;

	private final Subscribers subscribers;

	private final SubscriberExport export;

	private final Subscriptions subscriptions;

	NewsletterPersonalData(People people, Subscribers subscribers, SubscriberExport export,
			Subscriptions subscriptions) {
		this.people = people;
		this.subscribers = subscribers;
		this.export = export;
		this.subscriptions = subscriptions;
	}

	@Override
	public String section() {
		return "newsletter";
	}

	@Override
	public Object exportFor(long clientId) {
		return subscriber(clientId).<Object>map(export::of).orElse(Map.of());
	}

	@Override
	public void erase(long clientId) {
		subscriber(clientId).ifPresent(subscriptions::erase);
	}

	private Optional<Subscriber> subscriber(long clientId) {
		return people.withId(clientId)
			.map(People.Person::email)
			.filter(email -> email != null && !email.isBlank())
			.flatMap(subscribers::withEmail);
	}
}
