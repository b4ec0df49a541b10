package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

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
class AdminSubscriberWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	SubscriberRows rows;

	WebSession admin;

	@BeforeEach
	void setUp() {
		rows = new SubscriberRows(jdbc);
		admin = WebSession.signedInAdmin(port);
	}

	@Test
	void showsEachConsentWithTheWordingTheFormShowedAndTheDigestsReceived() {
		String email = TestData.email("nl-consent");
		long id = rows.add(email, "Iris", SubscriberStatus.CONFIRMED, Interest.PREGNANCY);
		long run = rows.digest(id, "SENT");

		var page = admin.get("/admin/newsletter/subscribers/" + id);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains(email, "Iris", "Pregnancy and back pain", "Consent history", "Footer",
				"Wording version " + ConsentWording.CURRENT, SubscriberRows.IP, ConsentWording.current());
		assertThat(page.rowWith("Run " + run)).contains("Sent", "UTC");
		assertThat(page.body()).contains("href=\"/admin/newsletter/subscribers/" + id + "/preview\"");
	}

	@Test
	void anUnknownSubscriberIsNotFound() {
		var page = admin.get("/admin/newsletter/subscribers/987654321");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("We can't find that page");
		assertThat(admin.get("/admin/newsletter/subscribers/987654321/erase").status()).isEqualTo(404);
	}

	@Test
	void markingAHardBounceStopsMailAndKeepsTheReason() {
		long id = rows.add(TestData.email("nl-bounce"), "Jon", SubscriberStatus.CONFIRMED, Interest.SELF_CARE);
		admin.get("/admin/newsletter/subscribers/" + id);

		var answer = admin.post("/admin/newsletter/subscribers/" + id + "/bounce",
				Map.of("kind", "HARD_BOUNCE", "reason", "550 5.1.1 user unknown"));

		assertThat(answer.location()).isEqualTo("/admin/newsletter/subscribers/" + id);
		assertThat(rows.row(id)).containsEntry("status", "BOUNCED")
			.containsEntry("bounce_reason", "hard bounce: 550 5.1.1 user unknown");
		assertThat(rows.row(id).get("bounced_at")).isNotNull();
		assertThat(rows.audited(id)).containsExactly("newsletter-subscriber.hard-bounce");
		var page = admin.follow(answer);
		assertThat(page.text()).contains("Marked as bounced (hard bounce)", "Bounced", "hard bounce: 550 5.1.1 user unknown")
			.doesNotContain("Mark complaint");
	}

	@Test
	void markingAComplaintWithoutAReasonSaysSo() {
		long id = rows.add(TestData.email("nl-complaint"), "Kim", SubscriberStatus.CONFIRMED);
		admin.get("/admin/newsletter/subscribers/" + id);

		admin.post("/admin/newsletter/subscribers/" + id + "/bounce", Map.of("kind", "COMPLAINT", "reason", " "));

		assertThat(rows.row(id)).containsEntry("status", "BOUNCED").containsEntry("bounce_reason", "complaint");
		assertThat(rows.audited(id)).containsExactly("newsletter-subscriber.complaint");
	}

	@Test
	void anOverlongReasonIsRefusedWithAMessageAndChangesNothing() {
		long id = rows.add(TestData.email("nl-long"), "Lee", SubscriberStatus.CONFIRMED);
		admin.get("/admin/newsletter/subscribers/" + id);

		var answer = admin.post("/admin/newsletter/subscribers/" + id + "/bounce",
				Map.of("kind", "HARD_BOUNCE", "reason", "x".repeat(401)));
		var noKind = admin.post("/admin/newsletter/subscribers/" + id + "/bounce", Map.of("kind", "SOFT"));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.text()).contains("Keep the reason to 400 characters.");
		assertThat(noKind.status()).isEqualTo(422);
		assertThat(rows.row(id)).containsEntry("status", "CONFIRMED");
		assertThat(rows.audited(id)).isEmpty();
	}

	@Test
	void erasingAsksFirstThenRemovesTheSubscriberAndTheirConsents() {
		String email = TestData.email("nl-erase");
		long id = rows.add(email, "Mo", SubscriberStatus.CONFIRMED);
		rows.digest(id, "SENT");

		var confirm = admin.get("/admin/newsletter/subscribers/" + id + "/erase");
		assertThat(confirm.text()).contains("Erase " + email + "?", "cannot be undone");
		assertThat(rows.exists(id)).as("opening the confirmation erases nothing").isTrue();

		var answer = admin.post("/admin/newsletter/subscribers/" + id + "/erase");

		assertThat(answer.location()).isEqualTo("/admin/newsletter");
		assertThat(rows.exists(id)).isFalse();
		assertThat(rows.consents(id)).isZero();
		assertThat(rows.audited(id)).containsExactly("newsletter-subscriber.erased");
		assertThat(admin.follow(answer).text()).contains("The subscriber was erased").doesNotContain(email);
		assertThat(admin.get("/admin/newsletter/subscribers/" + id).status()).isEqualTo(404);
	}

	@Test
	void aClientCannotMarkOrErase() {
		long id = rows.add(TestData.email("nl-guard"), "Ned", SubscriberStatus.CONFIRMED);
		var client = WebSession.signedInClient(port, "Nosy Client", TestData.email("nl-guard-client"));
		client.get("/account");

		assertThat(client.post("/admin/newsletter/subscribers/" + id + "/bounce", Map.of("kind", "HARD_BOUNCE")).status())
			.isEqualTo(403);
		assertThat(client.post("/admin/newsletter/subscribers/" + id + "/erase").status()).isEqualTo(403);
		assertThat(rows.row(id)).containsEntry("status", "CONFIRMED");
	}
}
