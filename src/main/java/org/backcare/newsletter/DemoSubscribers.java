package org.backcare.newsletter;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo newsletter subscribers in every state, each with the consent they gave: Sam (a demo client) confirmed,
 * Priya (another) still to confirm, readers with different interests and frequencies, one who left and one whose
 * mail bounced. An address that is on the list already is left alone, so restarts change nothing.
 */
@Component
@Profile("demo")
class DemoSubscribers {

	private static final Logger log = LoggerFactory.getLogger(DemoSubscribers.class);

	private record Reader(String email, String firstName, SubscriberStatus status, Set<Interest> interests,
			Integer everyDays, SignUpForm form, int daysAgo, String bounceReason) {
	}

	private static final List<Reader> READERS = List.of(
			new Reader("client1@demo.backcare.test", "Sam", SubscriberStatus.CONFIRMED,
					Set.of(Interest.SELF_CARE, Interest.NEW_ARTICLES), null, SignUpForm.ACCOUNT, 12, null),
			new Reader("client2@demo.backcare.test", "Priya", SubscriberStatus.PENDING,
					Set.of(Interest.PREGNANCY, Interest.SELF_CARE), null, SignUpForm.ARTICLE, 1, null),
			new Reader("ines.reader@demo.backcare.test", "Inès", SubscriberStatus.CONFIRMED,
					Set.of(Interest.PREGNANCY, Interest.NEW_ARTICLES), null, SignUpForm.FOOTER, 30, null),
			new Reader("marcus.reader@demo.backcare.test", "Marcus", SubscriberStatus.CONFIRMED,
					Set.of(Interest.DESK_WORK, Interest.SELF_CARE), 7, SignUpForm.PAGE, 21, null),
			new Reader("shop.reader@demo.backcare.test", null, SubscriberStatus.CONFIRMED,
					Set.of(Interest.NEW_ARTICLES, Interest.SHOP_OFFERS), 14, SignUpForm.API, 9, null),
			new Reader("elena.reader@demo.backcare.test", "Elena", SubscriberStatus.UNSUBSCRIBED,
					Set.of(Interest.SELF_CARE), null, SignUpForm.FOOTER, 45, null),
			new Reader("tom.reader@demo.backcare.test", "Tom", SubscriberStatus.BOUNCED, Set.of(Interest.DESK_WORK),
					null, SignUpForm.FOOTER, 40, "hard bounce: 550 5.1.1 the mailbox does not exist"));

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoSubscribers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(90)
	@Transactional
	public void addDemoSubscribers() {
		Instant now = clock.instant();
		int added = 0;
		for (int i = 0; i < READERS.size(); i++) {
			if (add(READERS.get(i), now, "203.0.113." + (10 + i))) {
				added++;
			}
		}
		if (added > 0) {
			log.info("Added {} demo newsletter subscribers", added);
		}
	}

	private boolean add(Reader reader, Instant now, String ip) {
		Instant signedUp = now.minus(Duration.ofDays(reader.daysAgo()));
		Instant confirmed = reader.status() == SubscriberStatus.PENDING ? null : signedUp.plus(Duration.ofMinutes(7));
		Instant left = reader.status() == SubscriberStatus.UNSUBSCRIBED ? now.minus(Duration.ofDays(5)) : null;
		Instant bounced = reader.status() == SubscriberStatus.BOUNCED ? now.minus(Duration.ofDays(6)) : null;
		String[] interests = reader.interests().stream().map(Enum::name).sorted().toArray(String[]::new);
		var id = jdbc.sql("""
				insert into newsletter_subscribers (email, first_name, status, interests, every_days, created_at,
				    confirmed_at, confirm_expires_at, confirmation_sent_at, unsubscribed_at, bounced_at, bounce_reason)
				values (:email, :firstName, :status, cast(:interests as text[]), :everyDays, :signedUp, :confirmed, :expires, :signedUp,
				    :left, :bounced, :reason)
				on conflict ((lower(email))) do nothing
				returning id""")
			.param("email", reader.email())
			.param("firstName", reader.firstName())
			.param("status", reader.status().name())
			.param("interests", interests)
			.param("everyDays", reader.everyDays())
			.param("signedUp", Timestamp.from(signedUp))
			.param("confirmed", timestamp(confirmed))
			.param("expires", confirmed == null ? Timestamp.from(signedUp.plus(Duration.ofDays(7))) : null)
			.param("left", timestamp(left))
			.param("bounced", timestamp(bounced))
			.param("reason", reader.bounceReason())
			.query(Long.class)
			.optional();
		id.ifPresent(subscriber -> jdbc.sql("""
				insert into newsletter_consents (subscriber_id, given_at, form, wording_version, ip, interests,
				    confirmed_at, withdrawn_at)
				values (:subscriber, :signedUp, :form, :wording, :ip, cast(:interests as text[]), :confirmed, :left)""")
			.param("subscriber", subscriber)
			.param("signedUp", Timestamp.from(signedUp))
			.param("form", reader.form().name())
			.param("wording", ConsentWording.CURRENT)
			.param("ip", ip)
			.param("interests", interests)
			.param("confirmed", timestamp(confirmed))
			.param("left", timestamp(left))
			.update());
		return id.isPresent();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
