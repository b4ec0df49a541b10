package org.backcare.identity;

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

/**
 * Erasing a client at their request: who they are goes, the health record stays under a pseudonym, nobody can
 * sign in any more, and nothing of another client changes.
 */
@BackCareTest
class ClientErasureTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ClientRecords ada;

	ClientRecords ben;

	WebSession adaSession;

	String adaToken;

	WebSession admin;

	WebSession therapist;

	@BeforeEach
	void twoClientsOfOneTherapist() {
		String therapistEmail = TestData.email("erase-therapist");
		therapist = WebSession.signedInTherapist(port, "Thea Erase", therapistEmail);
		String adaEmail = TestData.email("ada-erased");
		adaSession = WebSession.signedInClient(port, "Ada Erased", adaEmail);
		ada = ClientRecords.of(jdbc, adaSession, "Ada Erased", adaEmail, therapist, therapistEmail);
		adaToken = adaSession.token(adaEmail, TestData.PASSWORD);
		String benEmail = TestData.email("ben-kept");
		ben = ClientRecords.of(jdbc, WebSession.signedInClient(port, "Ben Kept", benEmail), "Ben Kept", benEmail, therapist,
				therapistEmail);
		admin = WebSession.signedInAdmin(port);
	}

	@Test
	void erasureKeepsTheClinicalRecordsButNoNameAddressOrToken() {
		var confirm = admin.get("/admin/accounts/" + ada.id() + "/erase");
		assertThat(confirm.text()).contains("Erase Ada Erased", ada.email(), "Kept, without their name or address");

		var erased = erase(ada);

		assertThat(erased.location()).isEqualTo("/admin/accounts/" + ada.id() + "/erase?erased");
		assertThat(admin.follow(erased).text()).contains("personal data was erased", "Erased client #" + ada.id());
		var account = jdbc.sql("select email, display_name, password_hash, bio from accounts where id = ?").param(ada.id()).query().singleRow();
		assertThat(account.get("email")).isEqualTo("erased-" + ada.id() + "@erased.invalid");
		assertThat(account.get("display_name")).isEqualTo("Erased client #" + ada.id());
		assertThat(account.get("password_hash")).isNull();
		assertThat(count("access_tokens where account_id = ?", ada.id())).isZero();
		assertThat(count("calendar_feeds where account_id = ?", ada.id())).isZero();
		assertThat(count("waitlist_entries where client_id = ?", ada.id())).isZero();
		assertThat(count("homecare_ticks where client_id = ?", ada.id())).isZero();
		assertThat(count("outbox_messages where lower(to_address) = lower(?)", ada.email())).isZero();
		assertThat(count("check_ins where token_hash = ?", "checkin-" + ada.email())).isZero();

		assertThat(count("consultations where client_id = ?", ada.id())).isEqualTo(1);
		assertThat(count("consents where client_id = ?", ada.id())).isEqualTo(1);
		assertThat(count("care_plans where client_id = ?", ada.id())).isEqualTo(1);
		assertThat(count("session_records where client_id = ? and subjective = '" + ada.note() + "'", ada.id())).isEqualTo(1);
		assertThat(count("session_addenda where booking_id = ?", ada.pastBooking())).isEqualTo(1);
		assertThat(count("psfs_scores where client_id = ?", ada.id())).isEqualTo(1);
		assertThat(count("check_ins where client_id = ? and pain_today = 4", ada.id())).isEqualTo(1);
		assertThat(status(ada.pastBooking())).isEqualTo("BOOKED");
		assertThat(status(ada.futureBooking())).isEqualTo("CANCELLED");
		assertThat(count("audit_log where client_id = ? and action = 'client.erased'", ada.id())).isEqualTo(1);

		var records = admin.get("/admin/audit?client=" + ada.id());
		assertThat(records.text()).contains("Erased client #" + ada.id()).doesNotContain(ada.email(), "Ada Erased");
	}

	@Test
	void theErasedClientCanNoLongerSignInOrUseTheApi() {
		erase(ada);

		assertThat(adaSession.get("/account").location()).isEqualTo("/sign-in");
		assertThat(new WebSession(port).signIn(ada.email(), TestData.PASSWORD).location()).isEqualTo("/sign-in?error");
		assertThat(adaSession.getJson("/api/v1/me", adaToken).status()).isEqualTo(401);
		assertThat(adaSession.requestToken(ada.email(), TestData.PASSWORD).status()).isEqualTo(401);
	}

	@Test
	void anotherClientsRecordsAndExportAreUntouched() {
		String before = exportOf(ben);

		erase(ada);

		assertThat(exportOf(ben)).isEqualTo(before);
		assertThat(status(ben.futureBooking())).isEqualTo("BOOKED");
		assertThat(count("outbox_messages where lower(to_address) = lower(?)", ben.email())).isPositive();
	}

	@Test
	void erasingTwiceChangesNothingTheSecondTime() {
		erase(ada);
		var first = jdbc.sql("select erased_at from accounts where id = ?").param(ada.id()).query(String.class).single();

		var again = admin.post("/admin/accounts/" + ada.id() + "/erase", Map.of("email", "erased-" + ada.id() + "@erased.invalid"));

		assertThat(again.location()).isEqualTo("/admin/accounts/" + ada.id() + "/erase");
		assertThat(jdbc.sql("select erased_at from accounts where id = ?").param(ada.id()).query(String.class).single()).isEqualTo(first);
		assertThat(count("audit_log where client_id = ? and action = 'client.erased'", ada.id())).isEqualTo(1);
		assertThat(admin.get("/admin/accounts/" + ada.id() + "/erase").text()).contains("personal data was erased")
			.doesNotContain("Type the client's email address");
	}

	@Test
	void aWrongConfirmationErasesNothing() {
		admin.get("/admin/accounts/" + ada.id() + "/erase");

		var refused = admin.post("/admin/accounts/" + ada.id() + "/erase", Map.of("email", ben.email()));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Type the client's email address exactly as shown above");
		assertThat(jdbc.sql("select email from accounts where id = ?").param(ada.id()).query(String.class).single()).isEqualTo(ada.email());
	}

	@Test
	void onlyTheAdminErasesAndOnlyClients() {
		adaSession.get("/account");
		assertThat(adaSession.post("/admin/accounts/" + ben.id() + "/erase", Map.of("email", ben.email())).status()).isEqualTo(403);
		therapist.get("/account");
		assertThat(therapist.post("/admin/accounts/" + ben.id() + "/erase", Map.of("email", ben.email())).status()).isEqualTo(403);
		long therapistId = jdbc.sql("select id from accounts where display_name = 'Thea Erase' order by id desc limit 1")
			.query(Long.class)
			.single();
		assertThat(admin.get("/admin/accounts/" + therapistId + "/erase").status()).isEqualTo(404);
		assertThat(admin.get("/admin/accounts/999999999/erase").status()).isEqualTo(404);

		assertThat(jdbc.sql("select email from accounts where id = ?").param(ben.id()).query(String.class).single()).isEqualTo(ben.email());
	}

	private WebSession.Response erase(ClientRecords client) {
		admin.get("/admin/accounts/" + client.id() + "/erase");
		return admin.post("/admin/accounts/" + client.id() + "/erase", Map.of("email", client.email().toUpperCase()));
	}

	private String exportOf(ClientRecords client) {
		var session = new WebSession(port);
		session.signIn(client.email(), TestData.PASSWORD);
		var export = session.get("/account/export");
		assertThat(export.status()).isEqualTo(200);
		// the export's own time and the audit log's entries of exports differ from one export to the next
		var json = (tools.jackson.databind.node.ObjectNode) export.json();
		json.remove("exportedAt");
		json.remove("recordAccess");
		return json.toString();
	}

	private long count(String fromWhere, Object parameter) {
		return jdbc.sql("select count(*) from " + fromWhere).param(parameter).query(Long.class).single();
	}

	private String status(long booking) {
		return jdbc.sql("select status from bookings where id = ?").param(booking).query(String.class).single();
	}
}
