package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.backcare.identity.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A client's copy of their data and their erasure include the newsletter, found by the account's address. */
@BackCareTest
class NewsletterPersonalDataTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Subscribers subscribers;

	@Autowired
	People people;

	@Autowired
	NewsletterPersonalData personalData;

	Newsletters newsletters;

	@BeforeEach
	void setUp() {
		newsletters = new Newsletters(jdbc, subscribers);
	}

	@Test
	void aClientsExportHoldsTheirSubscriptionAndConsents() {
		String email = TestData.email("export");
		var client = WebSession.signedInClient(port, "Noor", email);
		newsletters.confirmed(client, email, "SELF_CARE");

		var export = client.get("/account/export").json().path("newsletter");

		assertThat(export.path("subscriber").path("email").asString()).isEqualTo(email);
		assertThat(export.path("consents").size()).isEqualTo(1);
		assertThat(export.path("consents").get(0).path("wording").asString()).isEqualTo(ConsentWording.current());
		assertThat(export.path("digestsReceived").asLong()).isZero();
	}

	@Test
	void aClientWhoNeverSubscribedHasAnEmptySection() {
		String email = TestData.email("never");
		WebSession.signedInClient(port, "Ola", email);

		assertThat(personalData.exportFor(accountId(email))).isEqualTo(java.util.Map.of());
	}

	@Test
	void erasingAClientDeletesTheirSubscriptionOnly() {
		String email = TestData.email("erase-client");
		String other = TestData.email("keep");
		var client = WebSession.signedInClient(port, "Ines", email);
		newsletters.confirmed(client, email, "PREGNANCY");
		newsletters.confirmed(new WebSession(port), other, "PREGNANCY");

		personalData.erase(accountId(email));
		personalData.erase(accountId(email));

		assertThat(subscribers.withEmail(email)).isEmpty();
		assertThat(subscribers.withEmail(other)).isPresent();
	}

	private long accountId(String email) {
		return people.withEmail(email).orElseThrow().id().value();
	}
}
