package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The links in every digest: unsubscribe (page and RFC 8058 one-click) and preferences. */
@BackCareTest
class NewsletterPreferencesWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Subscribers subscribers;

	@Autowired
	NewsletterLinks links;

	Newsletters newsletters;

	@BeforeEach
	void setUp() {
		newsletters = new Newsletters(jdbc, subscribers);
	}

	@Test
	void theUnsubscribeLinkAsksFirstAndShowsTheAddressMasked() {
		String email = TestData.email("ask");
		Subscriber subscriber = newsletters.confirmed(new WebSession(port), email, "SELF_CARE");

		var page = new WebSession(port).get(unsubscribe(subscriber));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Stop the BackCare newsletter to a•••@example.test").doesNotContain(email);
		assertThat(page.body()).contains("<form method=\"post\" action=\"" + unsubscribe(subscriber) + "\">");
		assertThat(newsletters.subscriber(email).status()).isEqualTo(SubscriberStatus.CONFIRMED);
	}

	@Test
	void theButtonUnsubscribesAndOffersAWayBack() {
		String email = TestData.email("button");
		Subscriber subscriber = newsletters.confirmed(new WebSession(port), email, "SELF_CARE");
		var visitor = new WebSession(port);
		visitor.get(unsubscribe(subscriber));

		var done = visitor.postWithoutCsrf(unsubscribe(subscriber), Map.of());

		assertThat(done.status()).isEqualTo(200);
		assertThat(done.text()).contains("You are unsubscribed");
		assertThat(done.body()).contains(links.path(NewsletterLinks.Purpose.PREFERENCES, subscriber));
		assertThat(newsletters.subscriber(email).status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
		assertThat(jdbc.sql("select count(*) from newsletter_consents where subscriber_id = ? and withdrawn_at is null")
			.params(subscriber.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aMailClientUnsubscribesWithOneClickWithoutCookiesOrTokenAsOftenAsItLikes() {
		String email = TestData.email("one-click");
		Subscriber subscriber = newsletters.confirmed(new WebSession(port), email, "SELF_CARE");

		var first = new WebSession(port).postWithoutCsrf(unsubscribe(subscriber), Map.of("List-Unsubscribe", "One-Click"));
		Instant unsubscribedAt = unsubscribedAt(subscriber.id());
		var second = new WebSession(port).postWithoutCsrf(unsubscribe(subscriber), Map.of("List-Unsubscribe", "One-Click"));

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(200);
		assertThat(first.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("BACKCARE_SESSION"));
		assertThat(newsletters.subscriber(email).status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
		assertThat(unsubscribedAt(subscriber.id())).isEqualTo(unsubscribedAt);
	}

	@Test
	void aTamperedOrMisdirectedUnsubscribeLinkChangesNothing() {
		String email = TestData.email("tamper");
		Subscriber subscriber = newsletters.confirmed(new WebSession(port), email, "SELF_CARE");
		String path = unsubscribe(subscriber);
		String tampered = path.substring(0, path.length() - 2) + (path.endsWith("AA") ? "BB" : "AA");
		String preferencesToken = links.path(NewsletterLinks.Purpose.PREFERENCES, subscriber)
			.substring("/newsletter/preferences/".length());

		var visitor = new WebSession(port);
		assertThat(visitor.postWithoutCsrf(tampered, Map.of("List-Unsubscribe", "One-Click")).status()).isEqualTo(404);
		assertThat(visitor.postWithoutCsrf("/newsletter/unsubscribe/" + preferencesToken, Map.of()).status())
			.isEqualTo(404);
		assertThat(newsletters.subscriber(email).status()).isEqualTo(SubscriberStatus.CONFIRMED);
	}

	@Test
	void preferencesChangeTopicsNameAndFrequency() {
		String email = TestData.email("prefs");
		Subscriber subscriber = newsletters.confirmed(new WebSession(port), email, "SELF_CARE");
		var visitor = new WebSession(port);
		var page = visitor.get(preferences(subscriber));
		assertThat(page.text()).contains("As the practice sends it: every 3 days");
		assertThat(page.checked("frequency")).isTrue();

		var saved = visitor.post(preferences(subscriber), List.of("firstName", "Robin", "interests", "DESK_WORK",
				"interests", "PREGNANCY", "frequency", "14"));

		assertThat(saved.location()).isEqualTo(preferences(subscriber) + "?saved");
		Subscriber after = newsletters.subscriber(email);
		assertThat(after.firstName()).isEqualTo("Robin");
		assertThat(after.interests()).containsExactlyInAnyOrder(Interest.DESK_WORK, Interest.PREGNANCY);
		assertThat(after.everyDays()).isEqualTo(14);
		var shown = visitor.get(saved.location());
		assertThat(shown.text()).contains("Your preferences are saved");
		assertThat(shown.checked("frequency-14")).isTrue();
	}

	@Test
	void preferencesRefuseNoTopicsAndAnUnknownFrequencyKeepingWhatWasTyped() {
		String email = TestData.email("prefs-bad");
		Subscriber subscriber = newsletters.confirmed(new WebSession(port), email, "SELF_CARE");
		var visitor = new WebSession(port);
		visitor.get(preferences(subscriber));

		var refused = visitor.post(preferences(subscriber), List.of("firstName", "Kit", "frequency", "1"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Choose at least one topic").contains("Choose how often from the list");
		assertThat(refused.inputValue("firstName")).isEqualTo("Kit");
		assertThat(newsletters.subscriber(email).interests()).containsExactly(Interest.SELF_CARE);
	}

	@Test
	void subscribingAgainFromPreferencesConfirmsAtOnceWithANewConsent() {
		String email = TestData.email("return");
		Subscriber subscriber = newsletters.confirmed(new WebSession(port), email, "DESK_WORK");
		new WebSession(port).postWithoutCsrf(unsubscribe(subscriber), Map.of("List-Unsubscribe", "One-Click"));
		var visitor = new WebSession(port);
		assertThat(visitor.get(preferences(subscriber)).text()).contains("You are not receiving the newsletter");

		var back = visitor.post(preferences(subscriber) + "/subscribe-again", Map.of());

		assertThat(back.location()).isEqualTo(preferences(subscriber) + "?subscribed");
		assertThat(newsletters.subscriber(email).status()).isEqualTo(SubscriberStatus.CONFIRMED);
		assertThat(newsletters.subscriber(email).interests()).containsExactly(Interest.DESK_WORK);
		assertThat(newsletters.consents(email)).isEqualTo(2);
		assertThat(jdbc.sql("""
				select form from newsletter_consents where subscriber_id = ? and confirmed_at is not null
				and withdrawn_at is null""").params(subscriber.id()).query(String.class).list()).containsExactly("PAGE");
	}

	@Test
	void downloadMyDataHoldsTheSubscriberTheConsentsWithTheirWordingAndTheDigestCount() {
		String email = TestData.email("data");
		Subscriber subscriber = newsletters.confirmed(new WebSession(port), email, "PREGNANCY");

		var data = new WebSession(port).get(preferences(subscriber) + "/data");

		assertThat(data.status()).isEqualTo(200);
		assertThat(data.header("Content-Disposition")).startsWith("attachment");
		var json = data.json();
		assertThat(json.path("subscriber").path("email").asString()).isEqualTo(email);
		assertThat(json.path("subscriber").path("status").asString()).isEqualTo("CONFIRMED");
		assertThat(json.path("consents").get(0).path("wording").asString()).isEqualTo(ConsentWording.current());
		assertThat(json.path("consents").get(0).path("interests").get(0).asString()).isEqualTo("PREGNANCY");
		assertThat(json.path("digestsReceived").asLong()).isZero();
		assertThat(data.body()).doesNotContain("token");
	}

	@Test
	void deleteMyDataErasesTheSubscriberTheirConsentsAndTheirNewsletterMail() {
		String email = TestData.email("erase");
		Subscriber subscriber = newsletters.confirmed(new WebSession(port), email, "SELF_CARE");
		var visitor = new WebSession(port);
		visitor.get(preferences(subscriber));

		var erased = visitor.post(preferences(subscriber) + "/delete", Map.of());

		assertThat(erased.status()).isEqualTo(200);
		assertThat(erased.text()).contains("Your newsletter data is deleted");
		assertThat(subscribers.withEmail(email)).isEmpty();
		assertThat(jdbc.sql("select count(*) from newsletter_consents where subscriber_id = ?")
			.params(subscriber.id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from outbox_messages where lower(to_address) = lower(?)")
			.params(email)
			.query(Integer.class)
			.single()).as("the confirmation email is gone from the outbox too").isZero();
		assertThat(visitor.get(preferences(subscriber)).status()).isEqualTo(404);
	}

	@Test
	void aPreferencesLinkNeedsItsCsrfTokenToChangeAnything() {
		String email = TestData.email("csrf");
		Subscriber subscriber = newsletters.confirmed(new WebSession(port), email, "SELF_CARE");

		var forged = new WebSession(port).postWithoutCsrf(preferences(subscriber) + "/delete", Map.of());

		assertThat(forged.status()).isEqualTo(403);
		assertThat(subscribers.withEmail(email)).isPresent();
	}

	private String unsubscribe(Subscriber subscriber) {
		return links.path(NewsletterLinks.Purpose.UNSUBSCRIBE, subscriber);
	}

	private String preferences(Subscriber subscriber) {
		return links.path(NewsletterLinks.Purpose.PREFERENCES, subscriber);
	}

	private Instant unsubscribedAt(long id) {
		return jdbc.sql("select unsubscribed_at from newsletter_subscribers where id = ?")
			.params(id)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}
}
