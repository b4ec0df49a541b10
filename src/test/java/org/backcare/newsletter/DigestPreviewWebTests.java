package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class DigestPreviewWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Subscribers subscribers;

	@Autowired
	Tips tips;

	Subscriber reader;

	@BeforeEach
	void setUp() {
		reader = new DigestKitchen(jdbc, subscribers).subscriber("Nadia", Set.of(Interest.SELF_CARE),
				Instant.now().minus(Duration.ofDays(2)));
	}

	@Test
	void showsAnAdminTheNextDigestWithoutRecordingIt() {
		var page = WebSession.signedInAdmin(port).get("/admin/newsletter/subscribers/" + reader.id() + "/preview");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Next digest for " + reader.email())
			.contains("Your BackCare tip: " + tips.inCycle().get(0).title());
		assertThat(page.body()).contains("sandbox=\"\"").doesNotContain("allow-scripts")
			.contains("srcdoc=\"").doesNotContain("<main style")
			.containsPattern("<pre[^>]*>Hello Nadia,");
		assertThat(jdbc.sql("select count(*) from newsletter_tips_sent where subscriber_id = :id").param("id", reader.id())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void anUnknownSubscriberIsNotFound() {
		var page = WebSession.signedInAdmin(port).get("/admin/newsletter/subscribers/999999999/preview");

		assertThat(page.status()).isEqualTo(404);
	}

	@Test
	void onlyAdminsMayPreview() {
		String path = "/admin/newsletter/subscribers/" + reader.id() + "/preview";
		var client = WebSession.signedInClient(port, "Quinn", TestData.email("quinn"));

		assertThat(client.get(path).status()).isEqualTo(403);
		var anonymous = new WebSession(port).get(path);
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).contains("/sign-in");
	}
}
