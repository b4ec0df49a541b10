package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class NewsletterSignUpWebTests {

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
	void aNewAddressIsPendingUntilTheEmailedLinkIsOpened() {
		var visitor = new WebSession(port);
		String email = TestData.email("new");

		var answer = Newsletters.signUp(visitor, email, "Sam", "FOOTER", "SELF_CARE", "DESK_WORK");

		assertThat(answer.location()).isEqualTo("/newsletter/check-your-inbox");
		assertThat(visitor.get(answer.location()).text()).contains("If this address is new to us, a confirmation link is on its way");
		Subscriber pending = newsletters.subscriber(email);
		assertThat(pending.status()).isEqualTo(SubscriberStatus.PENDING);
		assertThat(pending.interests()).containsExactlyInAnyOrder(Interest.SELF_CARE, Interest.DESK_WORK);
		assertThat(pending.firstName()).isEqualTo("Sam");
		assertThat(consentOf(pending.id())).containsEntry("form", "FOOTER")
			.containsEntry("wording_version", ConsentWording.CURRENT)
			.containsEntry("ip", visitor.ip());

		var mail = TestMail.awaitWithSubject(email, Newsletters.CONFIRM_SUBJECT).get(0);
		assertThat(TestMail.text(mail)).contains("Hello Sam").contains("If this wasn't you, ignore this email");
		var confirmed = visitor.get(WebSession.pathOf(TestMail.link(mail, "/newsletter/confirm/")));

		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.text()).contains("You're subscribed");
		assertThat(confirmed.body()).contains("/newsletter/preferences/");
		assertThat(newsletters.subscriber(email).status()).isEqualTo(SubscriberStatus.CONFIRMED);
		assertThat(newsletters.subscriber(email).confirmedAt()).isNotNull();
		assertThat(consentOf(pending.id()).get("confirmed_at")).isNotNull();
		assertThat(jdbc.sql("select confirm_token_hash from newsletter_subscribers where id = ?")
			.params(pending.id())
			.query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void signingUpAgainWhilePendingSendsANewLinkAndVoidsTheOldOne() {
		var visitor = new WebSession(port);
		String email = TestData.email("again");
		Newsletters.signUp(visitor, email, "", "PAGE", "NEW_ARTICLES");
		String first = newsletters.latestConfirmPath(email);

		assertThat(Newsletters.signUp(visitor, email, "", "PAGE", "PREGNANCY").location())
			.isEqualTo("/newsletter/check-your-inbox");
		String second = newsletters.latestConfirmPath(email);

		assertThat(newsletters.mailsTo(email, Newsletters.CONFIRM_SUBJECT)).isEqualTo(2);
		assertThat(second).isNotEqualTo(first);
		assertThat(visitor.get(first).status()).isEqualTo(404);
		assertThat(visitor.get(second).status()).isEqualTo(200);
		assertThat(newsletters.subscriber(email).interests()).containsExactly(Interest.PREGNANCY);
	}

	@Test
	void aConfirmedAddressGetsTheSameAnswerAndNothingChanges() {
		String email = TestData.email("confirmed");
		Subscriber before = newsletters.confirmed(new WebSession(port), email, "SELF_CARE");
		int consents = newsletters.consents(email);

		var stranger = new WebSession(port);
		var answer = Newsletters.signUp(stranger, email, "Mallory", "FOOTER", "SHOP_OFFERS");

		assertThat(answer.location()).isEqualTo("/newsletter/check-your-inbox");
		Subscriber after = newsletters.subscriber(email);
		assertThat(after.status()).isEqualTo(SubscriberStatus.CONFIRMED);
		assertThat(after.interests()).containsExactly(Interest.SELF_CARE);
		assertThat(after.firstName()).isNull();
		assertThat(after.confirmedAt()).isEqualTo(before.confirmedAt());
		assertThat(newsletters.consents(email)).isEqualTo(consents);
		assertThat(newsletters.mailsTo(email, Newsletters.CONFIRM_SUBJECT)).isEqualTo(1);
		var note = TestMail.awaitWithSubject(email, Newsletters.ALREADY_SUBJECT).get(0);
		assertThat(TestMail.link(note, "/newsletter/preferences/")).isNotBlank();
	}

	@Test
	void anUnsubscribedAddressSignsUpAgainWithDoubleOptIn() {
		String email = TestData.email("back");
		var visitor = new WebSession(port);
		Subscriber subscriber = newsletters.confirmed(visitor, email, "SELF_CARE");
		new WebSession(port).postWithoutCsrf(unsubscribePath(subscriber), Map.of("List-Unsubscribe", "One-Click"));

		Newsletters.signUp(visitor, email, "", "ARTICLE", "DESK_WORK");

		assertThat(newsletters.subscriber(email).status()).isEqualTo(SubscriberStatus.PENDING);
		assertThat(newsletters.mailsTo(email, Newsletters.CONFIRM_SUBJECT)).isEqualTo(2);
		assertThat(visitor.get(newsletters.latestConfirmPath(email)).status()).isEqualTo(200);
		assertThat(newsletters.subscriber(email).status()).isEqualTo(SubscriberStatus.CONFIRMED);
	}

	@Test
	void noMoreThanThreeLinksAnHourGoToOneAddress() {
		String email = TestData.email("flooded");
		for (int i = 0; i < 4; i++) {
			assertThat(Newsletters.signUp(new WebSession(port), email, "", "FOOTER", "SELF_CARE").location())
				.isEqualTo("/newsletter/check-your-inbox");
		}

		assertThat(newsletters.mailsTo(email, Newsletters.CONFIRM_SUBJECT)).isEqualTo(3);
		assertThat(newsletters.consents(email)).isEqualTo(3);
	}

	@Test
	void tooManySignUpsFromOneNetworkAreRefusedWith429AndRetryAfter() {
		var visitor = new WebSession(port);
		for (int i = 0; i < 10; i++) {
			assertThat(Newsletters.signUp(visitor, TestData.email("net"), "", "FOOTER", "SELF_CARE").status())
				.isEqualTo(302);
		}
		String email = TestData.email("net-last");

		var refused = Newsletters.signUp(visitor, email, "Lee", "FOOTER", "SELF_CARE");

		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
		assertThat(refused.text()).contains("too many sign-ups from your network");
		assertThat(refused.inputValue("signup-email")).isEqualTo(email);
		assertThat(subscribers.withEmail(email)).isEmpty();
	}

	@Test
	void aFilledHoneypotGetsTheUsualAnswerAndNothingIsStoredOrSent() {
		String email = TestData.email("bot");
		var answer = new WebSession(port).postWithoutCsrf("/newsletter/subscriptions", List.of("email", email,
				"interests", "SELF_CARE", "form", "FOOTER", "website", "https://spam.example"));

		assertThat(answer.location()).isEqualTo("/newsletter/check-your-inbox");
		assertThat(subscribers.withEmail(email)).isEmpty();
		assertThat(newsletters.mailsTo(email, "")).isZero();
	}

	@Test
	void badInputFromTheFooterComesBackOnTheNewsletterPageWithEverythingTyped() {
		String longName = "A".repeat(61);
		var answer = new WebSession(port).postWithoutCsrf("/newsletter/subscriptions",
				List.of("email", "not-an-address", "firstName", longName, "form", "FOOTER", "website", ""));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.text()).contains("The BackCare newsletter")
			.contains("Enter your email address, like name@example.com")
			.contains("Your first name can be at most 60 characters")
			.contains("Choose at least one topic");
		assertThat(answer.inputValue("signup-email")).isEqualTo("not-an-address");
		assertThat(answer.inputValue("signup-firstName")).isEqualTo(longName);
		assertThat(answer.body()).contains("name=\"form\" value=\"FOOTER\"");
		assertThat(answer.checked("signup-interests")).isFalse();
	}

	@Test
	void unknownTopicsAreRefusedAndTheChosenOnesStayTicked() {
		var answer = new WebSession(port).postWithoutCsrf("/newsletter/subscriptions", List.of("email",
				TestData.email("topics"), "interests", "PREGNANCY", "interests", "CLINICAL_RECORDS", "form", "PAGE"));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.text()).contains("Choose topics from the list");
		assertThat(answer.checked("signup-interests-PREGNANCY")).isTrue();
	}

	@Test
	void anExpiredConfirmationLinkIsAClear404WithAWayToSignUpAgain() {
		var visitor = new WebSession(port);
		String email = TestData.email("late");
		Newsletters.signUp(visitor, email, "", "PAGE", "SELF_CARE");
		newsletters.expireConfirmation(email);

		var answer = visitor.get(newsletters.latestConfirmPath(email));

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.text()).contains("This confirmation link doesn't work").contains("expired");
		assertThat(answer.body()).contains("href=\"/newsletter\"");
		assertThat(newsletters.subscriber(email).status()).isEqualTo(SubscriberStatus.PENDING);
	}

	@Test
	void aConfirmationLinkWorksOnce() {
		var visitor = new WebSession(port);
		String email = TestData.email("once");
		Newsletters.signUp(visitor, email, "", "PAGE", "SELF_CARE");
		String link = newsletters.latestConfirmPath(email);

		assertThat(visitor.get(link).status()).isEqualTo(200);
		assertThat(visitor.get(link).status()).isEqualTo(404);
	}

	@Test
	void unknownAndMangledLinksAreA404NeverA500() {
		var visitor = new WebSession(port);
		for (String path : List.of("/newsletter/confirm/nothing-like-a-token", "/newsletter/confirm/" + "x".repeat(2000),
				"/newsletter/unsubscribe/abc", "/newsletter/unsubscribe/" + "y".repeat(36) + ".sig",
				"/newsletter/preferences/00000000-0000-0000-0000-000000000000.AAAA",
				"/newsletter/preferences/" + "z".repeat(500))) {
			var answer = visitor.get(path);
			assertThat(answer.status()).as(path).isEqualTo(404);
			assertThat(answer.text()).as(path).contains("Sign up for the newsletter");
		}
		assertThat(visitor.postWithoutCsrf("/newsletter/unsubscribe/abc", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void theFooterOfEveryPageCarriesTheSignUpWithoutStartingASession() {
		var home = new WebSession(port).get("/");

		assertThat(home.body()).contains("action=\"/newsletter/subscriptions\"")
			.contains("name=\"form\" value=\"FOOTER\"")
			.contains("name=\"website\"")
			.contains(ConsentWording.current());
		assertThat(home.checked("footer-signup-interests")).isTrue();
		assertThat(home.checked("footer-signup-interests-NEW_ARTICLES")).isTrue();
		assertThat(home.checked("footer-signup-interests-PREGNANCY")).isFalse();
		assertThat(home.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("BACKCARE_SESSION"));
	}

	@Test
	void theNewsletterPageOffersTheSuggestedTopicsAndTheConsentWording() {
		var page = new WebSession(port).get("/newsletter");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"form\" value=\"PAGE\"").contains(ConsentWording.current());
		for (Interest interest : Interest.values()) {
			String id = interest.ordinal() == 0 ? "signup-interests" : "signup-interests-" + interest.name();
			assertThat(page.checked(id)).as(interest.name()).isEqualTo(Interest.SUGGESTED.contains(interest));
		}
	}

	@Test
	void anArticleOffersTheSignUpWithItsOwnTopicTicked() {
		String slug = "newsletter-test-" + Long.toHexString(System.nanoTime());
		long id = jdbc.sql("""
				insert into content_articles (slug, title, summary, body_md, author_name, published_at)
				values (?, 'Sitting well at a desk', 'A summary.', '## Section\n\nBody.', 'Dana Whitfield',
				        now() - interval '1 day') returning id""")
			.params(slug)
			.query(Long.class)
			.single();
		jdbc.sql("insert into content_tags (slug, name) values ('desk-work', 'Desk work') on conflict do nothing").update();
		jdbc.sql("insert into content_article_tags (article_id, tag_slug) values (?, 'desk-work')").params(id).update();

		var article = new WebSession(port).get("/articles/" + slug);

		assertThat(article.status()).isEqualTo(200);
		assertThat(article.body()).contains("name=\"form\" value=\"ARTICLE\"");
		assertThat(article.checked("article-signup-interests-DESK_WORK")).isTrue();
		assertThat(article.checked("article-signup-interests-NEW_ARTICLES")).isTrue();
		assertThat(article.checked("article-signup-interests-PREGNANCY")).isFalse();
		assertThat(article.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("BACKCARE_SESSION"));
	}

	@Test
	void theAccountPageOffersTheSignUpForTheAccountsAddressThenShowsTheSubscription() {
		String email = TestData.email("account");
		var client = WebSession.signedInClient(port, "Priya", email);

		var before = client.get("/account");
		assertThat(before.inputValue("account-signup-email")).isEqualTo(email);
		assertThat(before.body()).contains("name=\"form\" value=\"ACCOUNT\"");

		Newsletters.signUp(client, email, "", "ACCOUNT", "SELF_CARE");
		client.get(newsletters.latestConfirmPath(email));
		var after = client.get("/account");

		assertThat(after.text()).contains("Newsletter: confirmed, every 3 days – Manage preferences");
		assertThat(after.inputValue("account-signup-email")).isNull();
		assertThat(consentOf(newsletters.subscriber(email).id())).containsEntry("form", "ACCOUNT");
	}

	private Map<String, Object> consentOf(long subscriberId) {
		return jdbc.sql("select form, wording_version, ip, confirmed_at from newsletter_consents where subscriber_id = ? "
				+ "order by id desc limit 1")
			.params(subscriberId)
			.query()
			.singleRow();
	}

	private String unsubscribePath(Subscriber subscriber) {
		return links.path(NewsletterLinks.Purpose.UNSUBSCRIBE, subscriber);
	}
}
