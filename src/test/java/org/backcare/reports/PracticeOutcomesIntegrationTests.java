package org.backcare.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.backcare.BackCareTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report's figures on a small practice whose every number is known. Each test works in a year of its own, long
 * past, so the other tests' clients (all of this year) never count.
 */
@BackCareTest
class PracticeOutcomesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PracticeOutcomes outcomes;

	@Test
	void countsStartersCompletersAndRespondersAndHidesGroupsOfFewerThanFiveClients() {
		knownPractice(2015);

		OutcomeReport report = outcomes.read(1, year(2015), "outcomes.viewed");

		// 15 started in the year (not the one who started the year before); 11 completed; 14 measured; 9 responded
		assertThat(report.total()).isEqualTo(new Group("All clients", 15, 11, 14, 9, Privacy.SHOWN, Privacy.SHOWN));
		assertThat(report.total().responderPercent()).isEqualTo(64);
		// Swedish has 4 clients: hidden; then trigger point (5) too, or Swedish would be 15 - 6 - 5
		assertThat(breakdown(report, "By technique")).containsExactly(
				new Group("Deep tissue", 6, 6, 5, 4, Privacy.SHOWN, Privacy.SHOWN),
				new Group("Swedish", 4, 0, 4, 0, Privacy.SMALL_GROUP, Privacy.SMALL_GROUP),
				new Group("Trigger point", 5, 5, 5, 5, Privacy.PROTECTS_SMALL_GROUP, Privacy.PROTECTS_SMALL_GROUP));
		assertThat(breakdown(report, "By therapist")).extracting(Group::label, Group::counts)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ada Outcome", Privacy.SHOWN),
					org.assertj.core.groups.Tuple.tuple("Ben Outcome", Privacy.SMALL_GROUP),
					org.assertj.core.groups.Tuple.tuple("Cleo Outcome", Privacy.PROTECTS_SMALL_GROUP));
		// two small groups together hold 6 clients: nothing more needs hiding
		assertThat(breakdown(report, "By pain class")).containsExactly(
				new Group("Acute (pain under 4 weeks)", 4, 0, 4, 0, Privacy.SMALL_GROUP, Privacy.SMALL_GROUP),
				new Group("Subacute (4 to 12 weeks)", 2, 2, 2, 2, Privacy.SMALL_GROUP, Privacy.SMALL_GROUP),
				new Group("Chronic (over 12 weeks)", 9, 9, 8, 7, Privacy.SHOWN, Privacy.SHOWN));
		assertThat(breakdown(report, "By number of sessions")).containsExactly(
				new Group("1 to 3 sessions", 9, 5, 9, 5, Privacy.SHOWN, Privacy.SHOWN),
				new Group("4 to 6 sessions", 6, 6, 5, 4, Privacy.SHOWN, Privacy.SHOWN));
	}

	@Test
	void countsAdverseCheckInsPer100SessionsHeldAndNoShowsOverEverySessionInThePeriod() {
		knownPractice(2011);

		SafetyFigures safety = outcomes.read(1, year(2011), "outcomes.viewed").safety();

		// 43 sessions held in the year by 16 clients; bruising, 48 h of soreness and numbness are adverse, 36 h is not
		assertThat(safety).isEqualTo(new SafetyFigures(43, 16, 4, 3, 2, Privacy.SHOWN));
		assertThat(safety.adversePer100Sessions()).isEqualTo(7.0);
		assertThat(safety.noShowPercent()).isEqualTo(4.4);
	}

	@Test
	void everyLookAtTheReportIsAuditedAsAccessToNoSingleClient() {
		var period = new ReportPeriod(LocalDate.of(2014, 3, 1), LocalDate.of(2014, 3, 31));

		outcomes.read(424242, period, "outcomes.downloaded");

		var rows = jdbc.sql("select action, client_id, subject from audit_log where actor_id = 424242").query().listOfRows();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsEntry("action", "outcomes.downloaded")
			.containsEntry("client_id", null)
			.containsEntry("subject", "outcomes:2014-03-01..2014-03-31");
	}

	private static ReportPeriod year(int year) {
		return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private static List<Group> breakdown(OutcomeReport report, String title) {
		return report.breakdowns().stream().filter(each -> each.title().equals(title)).findFirst().orElseThrow().groups();
	}

	/**
	 * Deep tissue with Ada, chronic, 4 of 4 planned sessions: responders by 3 points, by 2 points, by 33 % (3 to
	 * 2), by PSFS (+2.0, pain unchanged); not one who fell 1 point from 5 (a score the next year must not count); one
	 * with a single score is not measured. Swedish with Ben, acute, 2 of 6 sessions, no change, two no-shows. Trigger
	 * point with Cleo, 2 of 2 sessions, 6 to 3, three chronic and two subacute. And one client who started the year before. A year per test: they share the database.
	 */
	private void knownPractice(int year) {
		var practice = new TestOutcomes(jdbc);
		long ada = practice.therapist("Ada Outcome");
		long ben = practice.therapist("Ben Outcome");
		long cleo = practice.therapist("Cleo Outcome");
		LocalDate chronic = LocalDate.of(year - 1, 6, 1);
		LocalDate approved = LocalDate.of(year, 2, 1);
		int[][] deepTissue = { { 8, 7, 6, 5 }, { 6, 6, 5, 4 }, { 5, 5, 5, 4 }, { 3, 3, 2, 2 }, { 7, 7, 7, 7 } };
		for (int i = 0; i < deepTissue.length; i++) {
			var client = practice.client(ada, "DEEP_TISSUE", 1, 4, chronic, approved);
			for (int week = 0; week < 4; week++) {
				long booking = practice.session(client, LocalDate.of(year, 2, 2 + i).plusWeeks(week), deepTissue[i][week]);
				if (week == 0 && i == 0) {
					practice.checkIn(booking, client, 2, 12, true, false);
				}
				if (week == 0 && i == 1) {
					practice.checkIn(booking, client, 5, 48, false, false);
				}
				if (week == 0 && i == 2) {
					practice.checkIn(booking, client, 3, 36, false, false);
				}
				if (week == 0 && i == 3) {
					practice.checkIn(booking, client, 0, 0, false, true);
				}
				if (week == 0 && i == 4) {
					practice.unansweredCheckIn(booking, client);
				}
			}
			if (i == 2) {
				practice.session(client, LocalDate.of(year + 1, 1, 5), 1);
			}
			if (i == 4) {
				practice.psfs(client, LocalDate.of(year, 2, 6), 4, 4);
				practice.psfs(client, LocalDate.of(year, 3, 6), 6, 6);
			}
		}
		var once = practice.client(ada, "DEEP_TISSUE", 1, 4, chronic, approved);
		for (int week = 0; week < 4; week++) {
			practice.session(once, LocalDate.of(year, 2, 9).plusWeeks(week), week == 0 ? 6 : null);
		}
		for (int i = 0; i < 4; i++) {
			var client = practice.client(ben, "SWEDISH", 2, 3, LocalDate.of(year, 3, 20), LocalDate.of(year, 4, 1));
			practice.session(client, LocalDate.of(year, 4, 2 + i), 6);
			practice.session(client, LocalDate.of(year, 4, 9 + i), 6);
			if (i < 2) {
				practice.noShow(client, LocalDate.of(year, 4, 16 + i));
			}
		}
		for (int i = 0; i < 5; i++) {
			var client = practice.client(cleo, "TRIGGER_POINT", 1, 2, i < 3 ? chronic : LocalDate.of(year, 3, 1),
					LocalDate.of(year, 5, 1));
			practice.session(client, LocalDate.of(year, 5, 4 + i), 6);
			practice.session(client, LocalDate.of(year, 5, 11 + i), 3);
		}
		var earlier = practice.client(ada, "DEEP_TISSUE", 1, 4, chronic, LocalDate.of(year - 1, 11, 1));
		practice.session(earlier, LocalDate.of(year - 1, 12, 15), 7);
		practice.session(earlier, LocalDate.of(year, 1, 15), 4);
	}
}
