package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Unsubscribe and preferences links: one subscriber, one purpose, until the link version changes. */
@BackCareTest
class NewsletterLinksTests {

	@Autowired
	NewsletterLinks links;

	@Autowired
	Subscribers subscribers;

	@Autowired
	JdbcClient jdbc;

	Subscriber alice;

	Subscriber bob;

	@BeforeEach
	void setUp() {
		alice = subscriber("alice");
		bob = subscriber("bob");
	}

	@Test
	void aLinkFindsItsSubscriberForItsPurpose() {
		assertThat(links.subscriberFor(NewsletterLinks.Purpose.UNSUBSCRIBE, token(NewsletterLinks.Purpose.UNSUBSCRIBE, alice)))
			.map(Subscriber::id)
			.contains(alice.id());
		assertThat(links.subscriberFor(NewsletterLinks.Purpose.PREFERENCES, token(NewsletterLinks.Purpose.PREFERENCES, alice)))
			.map(Subscriber::id)
			.contains(alice.id());
	}

	@Test
	void aLinkForOnePurposeNeverWorksForTheOther() {
		assertThat(links.subscriberFor(NewsletterLinks.Purpose.PREFERENCES, token(NewsletterLinks.Purpose.UNSUBSCRIBE, alice)))
			.isEmpty();
		assertThat(links.subscriberFor(NewsletterLinks.Purpose.UNSUBSCRIBE, token(NewsletterLinks.Purpose.PREFERENCES, alice)))
			.isEmpty();
	}

	@Test
	void aTamperedSignatureFindsNobody() {
		String token = token(NewsletterLinks.Purpose.UNSUBSCRIBE, alice);
		char last = token.charAt(token.length() - 1);
		String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

		assertThat(links.subscriberFor(NewsletterLinks.Purpose.UNSUBSCRIBE, tampered)).isEmpty();
	}

	@Test
	void anotherSubscribersIdWithThisSignatureFindsNobody() {
		String aliceToken = token(NewsletterLinks.Purpose.UNSUBSCRIBE, alice);
		String forged = bob.publicId() + aliceToken.substring(aliceToken.indexOf('.'));

		assertThat(links.subscriberFor(NewsletterLinks.Purpose.UNSUBSCRIBE, forged)).isEmpty();
	}

	@Test
	void raisingTheLinkVersionVoidsEveryEarlierLink() {
		String before = token(NewsletterLinks.Purpose.PREFERENCES, alice);
		jdbc.sql("update newsletter_subscribers set link_version = link_version + 1 where id = ?").params(alice.id()).update();
		Subscriber raised = subscribers.withId(alice.id()).orElseThrow();

		assertThat(links.subscriberFor(NewsletterLinks.Purpose.PREFERENCES, before)).isEmpty();
		assertThat(links.subscriberFor(NewsletterLinks.Purpose.PREFERENCES, token(NewsletterLinks.Purpose.PREFERENCES, raised)))
			.isPresent();
	}

	@Test
	void malformedTokensFindNobody() {
		for (String token : new String[] { null, "", "no-dot", ".", UUID.randomUUID() + ".", "x".repeat(36) + ".sig",
				UUID.randomUUID() + "." + "A".repeat(43), token(NewsletterLinks.Purpose.UNSUBSCRIBE, alice) + "x".repeat(100) }) {
			assertThat(links.subscriberFor(NewsletterLinks.Purpose.UNSUBSCRIBE, token)).as(String.valueOf(token)).isEmpty();
		}
	}

	private String token(NewsletterLinks.Purpose purpose, Subscriber subscriber) {
		return links.path(purpose, subscriber).substring(purpose.path.length());
	}

	private Subscriber subscriber(String who) {
		long id = jdbc.sql("insert into newsletter_subscribers (email, status, interests) values (?, 'CONFIRMED', '{SELF_CARE}') "
				+ "returning id").params(TestData.email(who)).query(Long.class).single();
		return subscribers.withId(id).orElseThrow();
	}
}
