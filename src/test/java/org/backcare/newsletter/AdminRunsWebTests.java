package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@BackCareTest
class AdminRunsWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SendRuns runs;

	@Autowired
	SendSchedule schedule;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void sendADigestNowStartsARunWhosePageShowsItsProgressUntilEveryoneHasIt() {
		List<String> emails = TestSubscribers.confirmed(jdbc, "send-now", 20);
		var admin = WebSession.signedInAdmin(port);
		assertThat(admin.get("/admin/newsletter/runs").body()).contains("Send a digest now");

		var started = admin.post("/admin/newsletter/runs");
		assertThat(started.location()).matches("/admin/newsletter/runs/\\d+");
		long run = Long.parseLong(started.location().replaceAll("\\D", ""));
		var page = admin.follow(started);
		assertThat(page.body()).contains("The run has started.", "id=\"run-progress\"", "<progress");

		TestSubscribers.awaitFinished(jdbc, run, Duration.ofSeconds(30));
		var fragment = admin.htmxGet("/admin/newsletter/runs/" + run);
		assertThat(fragment.body()).startsWith("<div id=\"run-progress\"").doesNotContain("<html", "hx-trigger");
		int total = runs.withId(run).orElseThrow().recipients();
		assertThat(fragment.body()).contains("100 % done: " + total + " of " + total,
				"<dd id=\"count-sent\">" + total + "</dd>", "<dd id=\"count-pending\">0</dd>",
				"<dd id=\"count-failed\">0</dd>");
		assertThat(admin.get("/admin/newsletter/runs/" + run + "?status=SENT").body()).contains(emails.get(0));
		assertThat(admin.get("/admin/newsletter/runs/" + run + "?status=FAILED").body())
			.doesNotContain(emails.get(0))
			.contains("No recipients with the status failed");
	}

	@Test
	void theProgressFragmentPollsWhileARunIsUnfinished() {
		TestSubscribers.confirmed(jdbc, "polling", 3);
		long run = pausedRun();
		var fragment = WebSession.signedInAdmin(port).htmxGet("/admin/newsletter/runs/" + run);

		assertThat(fragment.body()).contains("hx-trigger=\"every 2s\"", "hx-get=\"/admin/newsletter/runs/" + run + "\"",
				"Paused: no more digests are written.", "None are queued.");
		runs.resume(run);
		TestSubscribers.awaitFinished(jdbc, run, Duration.ofSeconds(30));
	}

	@Test
	void aPausedRunWritesNoMoreDigestsUntilItIsResumed() throws Exception {
		List<String> emails = TestSubscribers.confirmed(jdbc, "paused", 5);
		long run = pausedRun();
		Thread.sleep(2500); // the composer runs every second

		assertThat(TestSubscribers.statuses(jdbc, run, emails)).isEqualTo(Map.of("PENDING", 5));
		var admin = WebSession.signedInAdmin(port);
		assertThat(admin.get("/admin/newsletter/runs/" + run).body()).contains("Resume the run")
			.doesNotContain("Pause the run");

		var resumed = admin.follow(admin.post("/admin/newsletter/runs/" + run + "/resume"));
		assertThat(resumed.body()).contains("Resumed: the run goes on where it stopped.");
		TestSubscribers.awaitFinished(jdbc, run, Duration.ofSeconds(30));
		assertThat(TestSubscribers.statuses(jdbc, run, emails)).isEqualTo(Map.of("SENT", 5));
	}

	@Test
	void thePauseButtonPausesARunningRun() {
		TestSubscribers.confirmed(jdbc, "pause-button", 3);
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/newsletter/runs");
		var started = admin.post("/admin/newsletter/runs");
		long run = Long.parseLong(started.location().replaceAll("\\D", ""));
		admin.follow(started);

		var page = admin.follow(admin.post("/admin/newsletter/runs/" + run + "/pause"));

		// the run may have finished already: three digests take a moment
		assertThat(page.body()).containsAnyOf("Paused: no more digests are written for this run.",
				"The run was not sending, so there was nothing to pause.");
		if (runs.withId(run).orElseThrow().status() == RunStatus.PAUSED) {
			assertThat(page.body()).contains("Resume the run");
			runs.resume(run);
		}
		TestSubscribers.awaitFinished(jdbc, run, Duration.ofSeconds(30));
	}

	@Test
	void anUnknownRunIsNotFound() {
		assertThat(WebSession.signedInAdmin(port).get("/admin/newsletter/runs/987654321").status()).isEqualTo(404);
	}

	@Test
	void onlyAdminsSeeSendRuns() {
		var client = WebSession.signedInClient(port, "Reader", TestData.email("reader"));
		assertThat(client.get("/admin/newsletter/runs").status()).isEqualTo(403);
		assertThat(new WebSession(port).get("/admin/newsletter/schedule").isRedirect()).isTrue();
	}

	@Test
	void theScheduleFormExplainsBadValuesAndSavesGoodOnes() {
		Schedule before = schedule.current();
		var admin = WebSession.signedInAdmin(port);
		try {
			var page = admin.get("/admin/newsletter/schedule");
			assertThat(page.body()).contains("time zone, UTC", "Next scheduled run");

			var refused = admin.post("/admin/newsletter/schedule", Map.of("everyDays", "0", "sendAt", "25:00"));
			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.body()).contains("Enter a whole number of days from 1 to 60",
					"Enter a time of day as hours and minutes", "aria-invalid=\"true\"", "value=\"25:00\"");

			var saved = admin.follow(admin.post("/admin/newsletter/schedule", Map.of("everyDays", "5", "sendAt", "07:30")));
			assertThat(saved.body()).contains("Saved the send schedule.", "Scheduled runs are switched off");
			Schedule now = schedule.current();
			assertThat(now.everyDays()).isEqualTo(5);
			assertThat(now.sendAt()).isEqualTo(LocalTime.of(7, 30));
			assertThat(now.enabled()).isFalse();
		}
		finally {
			schedule.change(before.everyDays(), before.sendAt(), before.enabled(), before.updatedBy());
		}
	}

	@Test
	void theApiStartsARunAndReportsItsProgress() {
		TestSubscribers.confirmed(jdbc, "api", 4);
		var api = new WebSession(port);
		String token = api.token(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);

		var created = api.postJson("/api/v1/admin/newsletter/runs", "{}", token);
		assertThat(created.status()).isEqualTo(201);
		long run = created.json().path("id").asLong();
		assertThat(created.location()).endsWith("/api/v1/admin/newsletter/runs/" + run);

		TestSubscribers.awaitFinished(jdbc, run, Duration.ofSeconds(30));
		var progress = api.getJson("/api/v1/admin/newsletter/runs/" + run, token);
		assertThat(progress.status()).isEqualTo(200);
		var json = progress.json();
		assertThat(json.path("status").asString()).isEqualTo("FINISHED");
		assertThat(json.path("recipients").asInt()).isGreaterThanOrEqualTo(4);
		assertThat(json.path("sent").asInt()).isEqualTo(json.path("recipients").asInt());
		assertThat(json.path("pending").asInt()).isZero();
		assertThat(json.path("failed").asInt()).isZero();
		assertThat(json.path("skipped").asInt()).isZero();
	}

	@Test
	void theApiAnswersAnUnknownRunWithAProblem() {
		var api = new WebSession(port);
		var missing = api.getJson("/api/v1/admin/newsletter/runs/987654321",
				api.token(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.mediaType()).isEqualTo("application/problem+json");
		assertThat(missing.json().path("detail").asString()).contains("987654321");
	}

	@Test
	void theApiIsForAdminsOnly() {
		String email = TestData.email("api-client");
		var client = new WebSession(port);
		client.registerConfirmed("Api Client", email, TestData.PASSWORD);
		var refused = client.postJson("/api/v1/admin/newsletter/runs", "{}", client.token(email, TestData.PASSWORD));
		assertThat(refused.status()).isEqualTo(403);
	}

	/** A run paused before its first digest was written. */
	private long pausedRun() {
		return transactions.execute(status -> {
			long run = runs.start("test", null).orElseThrow();
			runs.pause(run);
			return run;
		});
	}
}
