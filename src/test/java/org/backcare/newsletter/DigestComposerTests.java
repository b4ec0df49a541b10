package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backcare.BackCareTest;
import org.backcare.content.Testimonials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@BackCareTest
class DigestComposerTests {

	@Autowired
	DigestComposer composer;

	@Autowired
	NewsletterLinks links;

	@Autowired
	Tips tips;

	@Autowired
	Testimonials testimonials;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Subscribers subscribers;

	@Autowired
	TransactionTemplate transactions;

	DigestKitchen kitchen;

	final Instant now = Instant.now();

	@BeforeEach
	void setUp() {
		kitchen = new DigestKitchen(jdbc, subscribers);
	}

	List<Digest> compose(List<Subscriber> batch) {
		return transactions.execute(status -> composer.compose(batch, now));
	}

	List<Long> tipsSent(Subscriber subscriber) {
		return jdbc.sql("select tip_id from newsletter_tips_sent where subscriber_id = :id order by tip_id")
			.param("id", subscriber.id())
			.query(Long.class)
			.list();
	}

	@Test
	void writesOneDigestPerSubscriberInOrderAndRecordsTheTipEachGot() {
		var sam = kitchen.subscriber("Sam", Set.of(Interest.SELF_CARE), now.minus(Duration.ofDays(1)));
		var priya = kitchen.subscriber(null, Set.of(Interest.PREGNANCY), now.minus(Duration.ofDays(1)));
		var lee = kitchen.subscriber("Lee", Set.of(), now.minus(Duration.ofDays(1)));

		List<Digest> digests = compose(List.of(sam, priya, lee));

		assertThat(digests).extracting(Digest::subscriberId).containsExactly(sam.id(), priya.id(), lee.id());
		assertThat(digests).extracting(Digest::to).containsExactly(sam.email(), priya.email(), lee.email());
		Tip first = tips.inCycle().get(0);
		assertThat(digests.get(0).subject()).isEqualTo("Your BackCare tip: " + first.title());
		assertThat(digests.get(0).html()).contains("Hello Sam,").contains(first.title());
		assertThat(digests.get(0).text()).startsWith("Hello Sam,").contains("Your tip: " + first.title());
		assertThat(digests.get(1).html()).contains("Hello,");
		for (int i = 0; i < digests.size(); i++) {
			var subscriber = List.of(sam, priya, lee).get(i);
			assertThat(tipsSent(subscriber)).hasSize(1);
		}
	}

	@Test
	void theNextDigestBringsTheNextTipAndAPregnancyTipOnlyToThoseWhoChoseIt() {
		var expecting = kitchen.subscriber("Ana", Set.of(Interest.PREGNANCY), now.minus(Duration.ofDays(1)));
		var desk = kitchen.subscriber("Bo", Set.of(Interest.DESK_WORK), now.minus(Duration.ofDays(1)));
		List<String> anaSubjects = new ArrayList<>();
		List<String> boSubjects = new ArrayList<>();

		for (int i = 0; i < 45; i++) {
			var digests = compose(List.of(subscribers.withId(expecting.id()).orElseThrow(),
					subscribers.withId(desk.id()).orElseThrow()));
			anaSubjects.add(digests.get(0).subject());
			boSubjects.add(digests.get(1).subject());
		}

		List<String> pregnancyTitles = tips.inCycle().stream().filter(tip -> tip.audience() == Interest.PREGNANCY)
			.map(tip -> "Your BackCare tip: " + tip.title()).toList();
		assertThat(anaSubjects).containsAnyElementsOf(pregnancyTitles);
		assertThat(boSubjects).doesNotContainAnyElementsOf(pregnancyTitles);
	}

	@Test
	void goesThroughEveryTipOnceThenStartsTheCycleAgain() {
		var reader = kitchen.subscriber("Cy", Set.of(), now.minus(Duration.ofDays(1)));
		List<Tip> forEveryone = tips.inCycle().stream().filter(tip -> tip.audience() == null).toList();
		List<String> subjects = new ArrayList<>();

		for (int i = 0; i < forEveryone.size() + 2; i++) {
			subjects.add(compose(List.of(reader)).get(0).subject());
		}

		List<String> cycle = subjects.subList(0, forEveryone.size());
		assertThat(cycle).doesNotHaveDuplicates()
			.containsExactlyElementsOf(forEveryone.stream().map(tip -> "Your BackCare tip: " + tip.title()).toList());
		assertThat(subjects.subList(forEveryone.size(), subjects.size())).containsExactlyElementsOf(cycle.subList(0, 2));
		assertThat(tipsSent(reader)).hasSize(2);
	}

	@Test
	void linksLeadBackToTheSubscriberTheDigestWasWrittenFor() {
		var one = kitchen.subscriber("One", Set.of(Interest.NEW_ARTICLES), now.minus(Duration.ofDays(1)));
		var two = kitchen.subscriber("Two", Set.of(Interest.NEW_ARTICLES), now.minus(Duration.ofDays(1)));

		List<Digest> digests = compose(List.of(one, two));

		for (int i = 0; i < 2; i++) {
			Digest digest = digests.get(i);
			String unsubscribe = link(digest.html(), "Unsubscribe");
			String preferences = link(digest.html(), "Manage preferences");
			assertThat(unsubscribe).isEqualTo(digest.unsubscribeUrl()).startsWith("http");
			assertThat(digest.text()).contains("Unsubscribe: " + unsubscribe).contains("Manage preferences: " + preferences);
			assertThat(links.subscriberFor(NewsletterLinks.Purpose.UNSUBSCRIBE, token(unsubscribe, "/newsletter/unsubscribe/")))
				.map(Subscriber::id).contains(digest.subscriberId());
			assertThat(links.subscriberFor(NewsletterLinks.Purpose.PREFERENCES, token(preferences, "/newsletter/preferences/")))
				.map(Subscriber::id).contains(digest.subscriberId());
			assertThat(links.subscriberFor(NewsletterLinks.Purpose.PREFERENCES, token(unsubscribe, "/newsletter/unsubscribe/")))
				.as("an unsubscribe link is no preferences link").isEmpty();
		}
		assertThat(digests.get(0).unsubscribeUrl()).isNotEqualTo(digests.get(1).unsubscribeUrl());
		assertThat(Pattern.compile("href=\"([^\"]+)\"").matcher(digests.get(0).html()).results().map(m -> m.group(1)))
			.allSatisfy(href -> assertThat(href).startsWith("http"));
	}

	@Test
	void printsThePracticesPostalAddressInBothParts() {
		var reader = kitchen.subscriber("Ada", Set.of(Interest.SELF_CARE), now.minus(Duration.ofDays(1)));

		Digest digest = compose(List.of(reader)).get(0);

		assertThat(digest.html()).contains("BackCare Test Practice, 1 Test Street, Springfield, IL 62701");
		assertThat(digest.text()).contains("BackCare Test Practice, 1 Test Street, Springfield, IL 62701");
	}

	@Test
	void listsTheNewArticlesOnTheSubscribersTopicsOnly() {
		var since = now.minus(Duration.ofDays(3));
		var pregnancy = kitchen.subscriber("Pia", Set.of(Interest.PREGNANCY), since);
		var desk = kitchen.subscriber("Dev", Set.of(Interest.DESK_WORK), since);
		String fresh = kitchen.article("Sleeping on your side when pregnant", now.minus(Duration.ofHours(2)), "pregnancy");
		String old = kitchen.article("An older pregnancy article", since.minus(Duration.ofHours(2)), "pregnancy");
		String chairs = kitchen.article("Choosing an office chair", now.minus(Duration.ofHours(3)), "desk-work");

		List<Digest> digests = compose(List.of(pregnancy, desk));

		assertThat(digests.get(0).html()).contains("New on BackCare").contains(fresh).doesNotContain(old).doesNotContain(chairs)
			.contains("What Sleeping on your side when pregnant is about.");
		assertThat(digests.get(0).text()).contains("Sleeping on your side when pregnant");
		assertThat(digests.get(1).html()).contains(chairs).doesNotContain(fresh);
	}

	@Test
	void showsAnApprovedStoryAndShopPicksOnlyForThoseWhoWantOffers() {
		kitchen.testimonial("My back feels easier after my weekly sessions here.", "Rosa from the digest test");
		String roller = kitchen.product("Digest test roller", 5);
		String soldOut = kitchen.product("Digest test sold-out pack", 0);
		var shopper = kitchen.subscriber("Shay", Set.of(Interest.SHOP_OFFERS), now.minus(Duration.ofDays(1)));
		var reader = kitchen.subscriber("Ren", Set.of(Interest.SELF_CARE), now.minus(Duration.ofDays(1)));

		List<Digest> digests = compose(List.of(shopper, reader));

		var story = TestimonialRotation.pick(testimonials.approved(50), 0).orElseThrow();
		assertThat(digests).allSatisfy(digest -> assertThat(digest.html()).contains("A client's story")
			.contains(story.displayName()));
		assertThat(digests.get(0).html()).contains("From the BackCare shop").contains(roller).contains("Digest test roller")
			.contains("$24.00").doesNotContain(soldOut);
		assertThat(digests.get(0).text()).contains("Digest test roller, $24.00");
		assertThat(digests.get(1).html()).doesNotContain("From the BackCare shop");
	}

	@Test
	void aPreviewRecordsNothing() {
		var reader = kitchen.subscriber("Pre", Set.of(), now.minus(Duration.ofDays(1)));

		Digest first = composer.preview(reader, now);
		Digest again = composer.preview(reader, now);

		assertThat(again.subject()).isEqualTo(first.subject());
		assertThat(tipsSent(reader)).isEmpty();
		assertThat(compose(List.of(reader)).get(0).subject()).isEqualTo(first.subject());
	}

	static String link(String html, String text) {
		Matcher matcher = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>" + Pattern.quote(text) + "</a>").matcher(html);
		assertThat(matcher.find()).as("a link " + text).isTrue();
		return matcher.group(1);
	}

	static String token(String url, String path) {
		return url.substring(url.indexOf(path) + path.length());
	}
}
