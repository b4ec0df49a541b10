package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class BookingRulesWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aServiceFollowsThePracticeDefaultsUntilItGetsRulesOfItsOwn() {
		var admin = WebSession.signedInAdmin(port);
		String name = "Lomilomi taster " + PracticeSetUp.unique();
		long service = activeService(name);

		var list = admin.get("/admin/booking-rules");
		assertThat(list.text()).contains("0 min kept free before a session and 15 min after it", "at least 12 hours ahead",
				"at most 90 days ahead", "up to 24 hours before it starts");
		assertThat(list.rowWith(name)).isEqualTo(name + " 0 min 15 min 12 hours 90 days 24 hours Practice defaults");
		var form = admin.get("/admin/booking-rules/" + service);
		assertThat(form.text()).contains("This service follows the practice's defaults");
		assertThat(form.inputValue("minimumNotice")).isEqualTo("12");

		var saved = admin.post("/admin/booking-rules/" + service, rules("15", "10", "48", "30", "72"));

		assertThat(saved.location()).isEqualTo("/admin/booking-rules?saved");
		assertThat(admin.follow(saved).rowWith(name)).isEqualTo(name + " 15 min 10 min 48 hours 30 days 3 days Its own");
		assertThat(admin.get("/admin/booking-rules/" + service).inputValue("bufferBefore")).isEqualTo("15");

		var defaults = admin.post("/admin/booking-rules/" + service + "/defaults");
		assertThat(defaults.location()).isEqualTo("/admin/booking-rules?defaults");
		assertThat(admin.follow(defaults).rowWith(name)).endsWith("Practice defaults");
	}

	@Test
	void refusesRulesOutsideWhatTheDatabaseAllows() {
		var admin = WebSession.signedInAdmin(port);
		long service = activeService("Lomilomi limits " + PracticeSetUp.unique());
		admin.get("/admin/booking-rules/" + service);

		var refused = admin.post("/admin/booking-rules/" + service, rules("121", "-1", "337", "0", "soon"));
		var edges = admin.post("/admin/booking-rules/" + service, rules("120", "0", "336", "365", "0"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Enter the minutes to keep free before a session, from 0 to 120",
				"Enter the minutes to keep free after a session, from 0 to 120", "Enter the notice in whole hours, from 0 to 336",
				"Enter how many days ahead clients can book, from 1 to 365",
				"Enter the hours before a session until which clients can cancel, from 0 to 336");
		assertThat(refused.inputValue("cancellationWindow")).isEqualTo("soon");
		assertThat(edges.isRedirect()).as("the limits themselves are allowed").isTrue();
	}

	@Test
	void anUnknownServiceIsNotFound() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/booking-rules");

		assertThat(admin.get("/admin/booking-rules/999999").status()).isEqualTo(404);
		assertThat(admin.post("/admin/booking-rules/999999", rules("0", "0", "0", "1", "0")).status()).isEqualTo(404);
		assertThat(admin.post("/admin/booking-rules/999999/defaults").status()).isEqualTo(404);
	}

	@Test
	void onlyAdminsSetBookingRules() {
		var therapist = WebSession.signedInTherapist(port, "Rita Rules", org.backcare.TestData.email("rita"));

		assertThat(therapist.get("/admin/booking-rules").status()).isEqualTo(403);
		assertThat(therapist.post("/admin/booking-rules/1", rules("0", "0", "0", "1", "0")).status()).isEqualTo(403);
	}

	/** The only active 30-minute Lomilomi service, which no other test offers. */
	private long activeService(String name) {
		jdbc.sql("update services set active = false where technique = 'LOMILOMI' and minutes = 30 and not consultation and active").update();
		return jdbc.sql("""
				insert into services (technique, minutes, price_minor, currency, name) values ('LOMILOMI', 30, 6000, 'USD', :name)
				returning id""").param("name", name).query(Long.class).single();
	}

	private static List<String> rules(String before, String after, String notice, String horizon, String window) {
		return List.of("bufferBefore", before, "bufferAfter", after, "minimumNotice", notice, "horizonDays", horizon, "cancellationWindow",
				window);
	}
}
