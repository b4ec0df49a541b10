package org.backcare.newsletter;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.backcare.identity.Secrets;
import org.backcare.platform.FormErrors;
import org.backcare.platform.Throttle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up with double opt-in, from any form or the API: one transaction per sign-up. The answer is the same
 * whatever the address's state, so nobody learns who is on the list; what differs is only the email its owner
 * gets (a confirmation link, or a note with their preferences link) or none at all (over the address's limit).
 */
@Service
class Subscriptions {

	private static final Duration HOUR = Duration.ofHours(1);

	sealed interface Outcome permits Accepted, Refused, TooMany {
	}

	/** The one answer a sign-up gets, whatever happened to the address. */
	record Accepted() implements Outcome {
	}

	record Refused(FormErrors errors) implements Outcome {
	}

	/** Too many sign-ups from this IP address. */
	record TooMany(Duration retryAfter) implements Outcome {
	}

	private final JdbcClient jdbc;

	private final Subscribers subscribers;

	private final NewsletterLinks links;

	private final Throttle throttle;

	private final NewsletterSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Subscriptions(JdbcClient jdbc, Subscribers subscribers, NewsletterLinks links, Throttle throttle,
			NewsletterSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.subscribers = subscribers;
		this.links = links;
		this.throttle = throttle;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Outcome subscribe(SignUp signUp, SignUpForm form, String ip) {
		FormErrors errors = signUp.problems();
		if (!errors.isEmpty()) {
			return new Refused(errors);
		}
		String ipKey = "newsletter:ip:" + ip;
		Optional<Duration> wait = throttle.waitFor(new Throttle.Limit(settings.signUpsPerIpPerHour(), HOUR), ipKey);
		if (wait.isPresent()) {
			return new TooMany(wait.get());
		}
		throttle.record(ipKey);
		// Past the address's limit nothing changes and nothing is sent: a stranger cannot flood someone's inbox.
		String addressKey = "newsletter:address:" + signUp.email();
		if (throttle.waitFor(new Throttle.Limit(settings.linksPerAddressPerHour(), HOUR), addressKey).isPresent()) {
			return new Accepted();
		}
		throttle.record(addressKey);
		Instant now = clock.instant();
		String token = Secrets.newToken();
		Instant expiresAt = now.plus(settings.confirmWithin());
		// A confirmed address keeps everything as it is: a stranger must not change someone's topics or name.
		Optional<Long> pending = jdbc.sql("""
				insert into newsletter_subscribers (email, first_name, status, interests, confirm_token_hash,
				    confirm_expires_at, confirmation_sent_at, created_at)
				values (:email, :firstName, 'PENDING', cast(:interests as text[]), :hash, :expires, :now, :now)
				on conflict ((lower(email))) do update
				set first_name = coalesce(excluded.first_name, newsletter_subscribers.first_name), status = 'PENDING',
				    interests = excluded.interests, confirm_token_hash = excluded.confirm_token_hash,
				    confirm_expires_at = excluded.confirm_expires_at,
				    confirmation_sent_at = excluded.confirmation_sent_at
				where newsletter_subscribers.status <> 'CONFIRMED'
				returning id""")
			.param("email", signUp.email())
			.param("firstName", signUp.firstName())
			.param("interests", SignUp.codes(signUp.chosen()))
			.param("hash", Secrets.hash(token))
			.param("expires", Timestamp.from(expiresAt))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
		if (pending.isEmpty()) {
			Subscriber confirmed = subscribers.withEmail(signUp.email()).orElseThrow();
			events.publishEvent(new NewsletterAlreadySubscribed(confirmed.email(), confirmed.firstName(),
					links.path(NewsletterLinks.Purpose.PREFERENCES, confirmed)));
			return new Accepted();
		}
		addConsent(pending.get(), form, ip, signUp.chosen(), now, null);
		events.publishEvent(new NewsletterConfirmationRequested(signUp.email(), signUp.firstName(),
				"/newsletter/confirm/" + token, expiresAt));
		return new Accepted();
	}

	/** The subscriber the link confirmed; empty when the token is unknown, used or expired. */
	@Transactional
	Optional<Subscriber> confirm(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<Long> confirmed = jdbc.sql("""
				update newsletter_subscribers
				set status = 'CONFIRMED', confirmed_at = :now, unsubscribed_at = null, confirm_token_hash = null,
				    confirm_expires_at = null
				where confirm_token_hash = :hash and confirm_expires_at > :now and status = 'PENDING'
				returning id""")
			.param("hash", Secrets.hash(token))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
		confirmed.ifPresent(id -> jdbc.sql("""
				update newsletter_consents set confirmed_at = :now
				where id = (select max(id) from newsletter_consents where subscriber_id = :id)""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update());
		return confirmed.flatMap(subscribers::withId);
	}

	/** Idempotent: a second one-click from a mail client changes nothing. */
	@Transactional
	void unsubscribe(Subscriber subscriber) {
		Instant now = clock.instant();
		int changed = jdbc.sql("""
				update newsletter_subscribers
				set status = 'UNSUBSCRIBED', unsubscribed_at = :now, confirm_token_hash = null, confirm_expires_at = null
				where id = :id and status in ('PENDING', 'CONFIRMED')""")
			.param("id", subscriber.id())
			.param("now", Timestamp.from(now))
			.update();
		if (changed > 0) {
			jdbc.sql("update newsletter_consents set withdrawn_at = :now where subscriber_id = :id and withdrawn_at is null")
				.param("id", subscriber.id())
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	/**
	 * Back on the list from the preferences link: the link proves the mailbox, so there is nothing to confirm by
	 * email, and a new consent records the wording shown now.
	 */
	@Transactional
	void subscribeAgain(Subscriber subscriber, String ip) {
		Instant now = clock.instant();
		int changed = jdbc.sql("""
				update newsletter_subscribers
				set status = 'CONFIRMED', confirmed_at = :now, unsubscribed_at = null, bounced_at = null,
				    bounce_reason = null, confirm_token_hash = null, confirm_expires_at = null,
				    interests = case when cardinality(interests) = 0 then cast(:suggested as text[]) else interests end
				where id = :id and status <> 'CONFIRMED'""")
			.param("id", subscriber.id())
			.param("now", Timestamp.from(now))
			.param("suggested", SignUp.codes(Interest.SUGGESTED))
			.update();
		if (changed > 0) {
			addConsent(subscriber.id(), SignUpForm.PAGE, ip,
					subscriber.interests().isEmpty() ? Interest.SUGGESTED : subscriber.interests(), now, now);
		}
	}

	@Transactional
	void change(Subscriber subscriber, Preferences preferences) {
		jdbc.sql("""
				update newsletter_subscribers set first_name = :firstName, interests = cast(:interests as text[]),
				    every_days = :everyDays
				where id = :id""")
			.param("id", subscriber.id())
			.param("firstName", preferences.firstName())
			.param("interests", SignUp.codes(preferences.chosen()))
			.param("everyDays", preferences.everyDays())
			.update();
	}

	/**
	 * Everything goes: consents, digests received and run rows follow by cascade, the newsletter mail in the
	 * outbox by the event.
	 *
	 * @return whether the subscriber was still there to erase
	 */
	@Transactional
	boolean erase(Subscriber subscriber) {
		int erased = jdbc.sql("delete from newsletter_subscribers where id = :id").param("id", subscriber.id()).update();
		events.publishEvent(new NewsletterSubscriberErased(subscriber.email()));
		return erased > 0;
	}

	private void addConsent(long subscriberId, SignUpForm form, String ip, Set<Interest> interests,
			Instant givenAt, Instant confirmedAt) {
		jdbc.sql("""
				insert into newsletter_consents (subscriber_id, given_at, form, wording_version, ip, interests, confirmed_at)
				values (:id, :now, :form, :wording, :ip, cast(:interests as text[]), :confirmed)""")
			.param("id", subscriberId)
			.param("now", Timestamp.from(givenAt))
			.param("form", form.name())
			.param("wording", ConsentWording.CURRENT)
			.param("ip", ip == null || ip.length() > 64 ? null : ip)
			.param("interests", SignUp.codes(interests))
			.param("confirmed", confirmedAt == null ? null : Timestamp.from(confirmedAt))
			.update();
	}
}
