package org.backcare.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class OutcomesWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReportOpensOnTheLast12MonthsAndExplainsHowToReadIt() {
		var admin = WebSession.signedInAdmin(port);

		var page = admin.get("/admin/outcomes");

		assertThat(page.status()).isEqualTo(200);
		LocalDate today = LocalDate.now(ZoneId.of("UTC"));
		assertThat(page.inputValue("from")).isEqualTo(today.minusYears(1).plusDays(1).toString());
		assertThat(page.inputValue("to")).isEqualTo(today.toString());
		assertThat(page.text()).contains("How to read this", "fell by at least 2 points, or by at least 30 %", "rose by at least 2 points",
				"This shows association, not proof", "Any group of fewer than 5 clients is hidden");
		assertThat(admin.get("/admin").body()).contains("href=\"/admin/outcomes\"");
	}

	@Test
	void aPeriodThatIsNotOneIsRefusedWithAMessageAtTheField() {
		var admin = WebSession.signedInAdmin(port);

		var notADate = admin.get("/admin/outcomes?from=last+spring&to=2026-01-31");
		assertThat(notADate.status()).isEqualTo(400);
		assertThat(notADate.text()).contains("Enter the first day of the period as a date").doesNotContain("How to read this");
		assertThat(notADate.inputValue("from")).isEqualTo("last spring");

		var backwards = admin.get("/admin/outcomes?from=2026-03-01&to=2026-02-28");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.text()).contains("The last day must be on or after the first day.");

		var tooLong = admin.get("/admin/outcomes?from=2020-01-01&to=2026-01-01");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.text()).contains("A report covers at most 3 years");

		assertThat(admin.get("/admin/outcomes.csv?from=2026-03-01&to=2026-02-28").status()).isEqualTo(400);
	}

	@Test
	void onlyAdminsSeeTheOutcomes() {
		var therapist = WebSession.signedInTherapist(port, "Theo Outcomes", TestData.email("theo"));
		assertThat(therapist.get("/admin/outcomes").status()).isEqualTo(403);
		assertThat(therapist.get("/admin/outcomes.csv").status()).isEqualTo(403);

		var anonymous = new WebSession(port);
		assertThat(anonymous.get("/admin/outcomes.csv").location()).isEqualTo("/sign-in");
	}

	@Test
	void theCsvHasTheSameFiguresWithHiddenGroupsWrittenAsHiddenAndNamesEscaped() {
		var practice = new TestOutcomes(jdbc);
		long lena = practice.therapist("Lena Long");
		long eve = practice.therapist("=Eve \"Quick\", Jones");
		for (int i = 0; i < 7; i++) {
			var client = practice.client(i < 5 ? lena : eve, "SWEDISH", 1, 2, LocalDate.of(2012, 6, 1), LocalDate.of(2013, 3, 1));
			practice.session(client, LocalDate.of(2013, 3, 4 + i), 6);
			practice.session(client, LocalDate.of(2013, 3, 18 + i), i < 4 ? 3 : 6);
		}
		var admin = WebSession.signedInAdmin(port);

		var csv = admin.get("/admin/outcomes.csv?from=2013-01-01&to=2013-12-31");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.mediaType()).isEqualTo("text/csv");
		assertThat(csv.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"backcare-outcomes-2013-01-01-to-2013-12-31.csv\"");
		assertThat(csv.body()).startsWith("from,to,section,group,figure,value,clients,note\r\n")
			.contains("2013-01-01,2013-12-31,All clients,All clients,clients who started a plan,7,7,\r\n")
			.contains("2013-01-01,2013-12-31,All clients,All clients,responders (percent of measured),57,7,\r\n")
			.contains("2013-01-01,2013-12-31,By therapist,\"'=Eve \"\"Quick\"\", Jones\",responders,hidden,hidden,"
					+ "fewer than 5 clients: hidden to protect privacy\r\n")
			.contains("2013-01-01,2013-12-31,By therapist,Lena Long,responders,hidden,hidden,"
					+ "hidden so that a smaller group can't be worked out from the total\r\n")
			.contains("Every session held in the period,All sessions,sessions held,14,7,\r\n");
		var page = admin.get("/admin/outcomes?from=2013-01-01&to=2013-12-31");
		assertThat(page.rowWith("Lena Long")).contains("hidden so that a smaller group can't be worked out from the total");
		assertThat(page.text()).contains("Responders 57 %", "4 of the 7 clients with a first and a later score");
	}
}
