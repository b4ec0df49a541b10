package org.backcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestSessions;
import org.backcare.WebSession;
import org.backcare.platform.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admin's search of the audit log: by client, by who did it, by action and by day, newest first, page by page. */
@BackCareTest
class AuditLogWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Test
	void aRecordedAccessShowsWhoDidWhatToWhichClientAndFromWhichAddress() {
		String email = TestData.email("audited");
		var client = WebSession.signedInClient(port, "Audrey Audited", email);
		assertThat(client.get("/account/export").status()).isEqualTo(200);

		var page = WebSession.signedInAdmin(port).get("/admin/audit?client=" + email);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Times are in UTC");
		String row = page.rowWith("personal-data.exported");
		assertThat(row).contains("Audrey Audited", email, "account:", client.ip(), "UTC");
	}

	@Test
	void whatAJobRecordedHasNoAddress() {
		var sessions = new TestSessions(jdbc);
		String email = TestData.email("by-job");
		long client = sessions.client("Jonas Job", email);
		audit.record(client, "check-in.invited", client, "booking:1");

		var row = WebSession.signedInAdmin(port).get("/admin/audit?client=" + client).rowWith("check-in.invited");

		assertThat(row).contains("Jonas Job", "None (a job)");
	}

	@Test
	void filtersByClientActorActionAndDaysInThePracticeZone() {
		var sessions = new TestSessions(jdbc);
		long client = sessions.client("Fiona Filter", TestData.email("filtered"));
		long other = sessions.client("Otto Other", TestData.email("other"));
		long therapist = sessions.therapist("Theo Filter");
		logged(therapist, "care-plan.viewed", client, "care-plan:1", Instant.parse("2026-03-01T10:00:00Z"));
		logged(therapist, "consultation.viewed", client, "consultation:2", Instant.parse("2026-03-05T10:00:00Z"));
		logged(therapist, "care-plan.changed", other, "care-plan:3", Instant.parse("2026-03-05T11:00:00Z"));
		logged(client, "care-plan.viewed", client, "care-plan:4", Instant.parse("2026-03-09T23:30:00Z"));
		var admin = WebSession.signedInAdmin(port);

		assertThat(subjects(admin.get("/admin/audit?client=" + client))).containsExactly("care-plan:4", "consultation:2", "care-plan:1");
		assertThat(subjects(admin.get("/admin/audit?actor=" + therapist))).containsExactly("care-plan:3", "consultation:2", "care-plan:1");
		assertThat(subjects(admin.get("/admin/audit?actor=" + therapist + "&action=care-plan."))).containsExactly("care-plan:3", "care-plan:1");
		assertThat(subjects(admin.get("/admin/audit?client=" + client + "&from=2026-03-02&to=2026-03-09")))
			.containsExactly("care-plan:4", "consultation:2");
		assertThat(subjects(admin.get("/admin/audit?client=" + client + "&from=2026-03-02&to=2026-03-08"))).containsExactly("consultation:2");
	}

	@Test
	void showsFiftyEntriesAPageNewestFirst() {
		var sessions = new TestSessions(jdbc);
		long client = sessions.client("Paula Pages", TestData.email("paged"));
		Instant start = Instant.now().minus(2, ChronoUnit.DAYS);
		for (int i = 1; i <= 53; i++) {
			logged(client, "home-programme.viewed", client, "entry:" + i, start.plusSeconds(i));
		}
		var admin = WebSession.signedInAdmin(port);

		var first = admin.get("/admin/audit?client=" + client);
		assertThat(subjects(first)).hasSize(50).startsWith("entry:53").endsWith("entry:4");
		String older = first.find("href=\"([^\"]+)\" rel=\"next\"");
		assertThat(older).isEqualTo("/admin/audit?client=" + client + "&amp;page=1");

		var second = admin.get(WebSession.Html.decode(older));
		assertThat(subjects(second)).containsExactly("entry:3", "entry:2", "entry:1");
		assertThat(second.body()).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
	}

	@Test
	void anAddressWithoutAnAccountIsExplainedNotSearched() {
		var page = WebSession.signedInAdmin(port).get("/admin/audit?client=" + TestData.email("nobody"));

		assertThat(page.status()).isEqualTo(422);
		assertThat(page.text()).contains("No account has this email address", "No entries match");
	}

	@Test
	void onlyTheAdminSearchesTheLog() {
		var client = WebSession.signedInClient(port, "Curious Client", TestData.email("curious"));

		assertThat(client.get("/admin/audit").status()).isEqualTo(403);
		assertThat(new WebSession(port).get("/admin/audit").location()).isEqualTo("/sign-in");
	}

	private void logged(long actor, String action, long client, String subject, Instant at) {
		jdbc.sql("insert into audit_log (at, actor_id, action, client_id, subject) values (?, ?, ?, ?, ?)")
			.params(Timestamp.from(at), actor, action, client, subject)
			.update();
	}

	private static List<String> subjects(WebSession.Response page) {
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		var subjects = new ArrayList<String>();
		var matcher = Pattern.compile("<td>((?:entry|care-plan|consultation):\\d+)</td>").matcher(page.body());
		while (matcher.find()) {
			subjects.add(matcher.group(1));
		}
		return subjects;
	}
}
