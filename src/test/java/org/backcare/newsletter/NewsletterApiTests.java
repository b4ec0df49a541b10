package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

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

@BackCareTest
class NewsletterApiTests {

	static final String PATH = "/api/v1/newsletter/subscriptions";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Subscribers subscribers;

	Newsletters newsletters;

	@BeforeEach
	void setUp() {
		newsletters = new Newsletters(jdbc, subscribers);
	}

	@Test
	void aSignUpIsAcceptedWithTheSameAnswerWhateverTheAddressesState() {
		String fresh = TestData.email("api-new");
		String confirmed = TestData.email("api-confirmed");
		newsletters.confirmed(new WebSession(port), confirmed, "SELF_CARE");

		var forNew = new WebSession(port).postJson(PATH, Map.of("email", fresh, "firstName", "Ada", "interests",
				List.of("NEW_ARTICLES")));
		var forConfirmed = new WebSession(port).postJson(PATH, Map.of("email", confirmed, "interests",
				List.of("SHOP_OFFERS")));

		assertThat(forNew.status()).isEqualTo(202);
		assertThat(forConfirmed.status()).isEqualTo(202);
		assertThat(forConfirmed.body()).isEqualTo(forNew.body());
		assertThat(newsletters.subscriber(fresh).status()).isEqualTo(SubscriberStatus.PENDING);
		assertThat(newsletters.subscriber(confirmed).interests()).containsExactly(Interest.SELF_CARE);
		assertThat(jdbc.sql("select form from newsletter_consents c join newsletter_subscribers s on s.id = c.subscriber_id "
				+ "where s.email = ?").params(fresh).query(String.class).single()).isEqualTo("API");
		assertThat(newsletters.mailsTo(fresh, Newsletters.CONFIRM_SUBJECT)).isEqualTo(1);
	}

	@Test
	void malformedJsonIs400() {
		for (String body : List.of("{\"email\": ", "[]", "null")) {
			var answer = new WebSession(port).postJson(PATH, body, null);
			assertThat(answer.status()).as(body).isEqualTo(400);
			assertThat(answer.mediaType()).isEqualTo("application/problem+json");
		}
	}

	@Test
	void invalidFieldsAre422WithEveryFieldNamed() {
		var answer = new WebSession(port).postJson(PATH, Map.of("email", "nobody", "firstName", "B".repeat(61),
				"interests", List.of("GOSSIP")));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.mediaType()).isEqualTo("application/problem+json");
		List<String> fields = new java.util.ArrayList<>();
		answer.json().path("fieldErrors").forEach(error -> fields.add(error.path("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("email", "firstName", "interests");
	}

	@Test
	void tooManySignUpsFromOneClientAre429WithRetryAfter() {
		var app = new WebSession(port);
		for (int i = 0; i < 10; i++) {
			assertThat(app.postJson(PATH, Map.of("email", TestData.email("api-burst"), "interests", List.of("SELF_CARE")))
				.status()).isEqualTo(202);
		}

		var refused = app.postJson(PATH, Map.of("email", TestData.email("api-burst"), "interests", List.of("SELF_CARE")));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.mediaType()).isEqualTo("application/problem+json");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
	}

	@Test
	void anOversizedBodyIs413() {
		String email = TestData.email("big");
		var answer = new WebSession(port).postJson(PATH,
				"{\"email\":\"" + email + "\",\"firstName\":\"" + "x".repeat(10_000) + "\",\"interests\":[\"SELF_CARE\"]}",
				null);

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.mediaType()).isEqualTo("application/problem+json");
		assertThat(subscribers.withEmail(email)).isEmpty();
	}
}
