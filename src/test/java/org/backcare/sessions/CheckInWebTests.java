package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.backcare.TestConsultations;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.WebSession;
import org.backcare.careplans.PlanProgress;
import org.backcare.identity.Secrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The check-in page as a client opens it from the email, without signing in. */
@org.backcare.BackCareTest
class CheckInWebTests {

	/** Sore for more than two days with bruising, nothing worrying: the O6 case. */
	static final List<String> SORE_AND_BRUISED = List.of("soreness", "6", "sorenessFor", "STILL_THERE", "bruising", "on",
			"legWeakness", "no", "numbness", "no", "painWorse", "no", "painToday", "3", "anythingNew", "Stiff in the morning");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CheckIns checkIns;

	@Autowired
	PlanProgress progress;

	private PastSessions sessions;

	@BeforeEach
	void setUp() {
		sessions = new PastSessions(jdbc);
	}

	@Test
	void theLinkOpensWithoutSigningInAndShowsOnlyTheSessionTimeAndTherapistsFirstName() {
		var past = sessions.endedAgo(Duration.ofHours(30));
		String token = invite(past);

		var page = new WebSession(port).get("/check-in/" + token);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Your session with Dana on")
			.contains("CST")
			.doesNotContain("Whitfield")
			.doesNotContain(past.clientName())
			.doesNotContain(past.clientEmail())
			.doesNotContain("Studio");
	}

	@Test
	void anAnswerIsSavedAuditedAndThankedWithAftercare() {
		var past = sessions.endedAgo(Duration.ofHours(30));
		String token = invite(past);
		var client = new WebSession(port);
		client.get("/check-in/" + token);

		var sent = client.post("/check-in/" + token, SORE_AND_BRUISED);

		assertThat(sent.location()).isEqualTo("/check-in/" + token + "/thanks");
		var thanks = client.get(sent.location());
		assertThat(thanks.text()).contains("Dana will see your answers before your next session")
			.contains("Keep moving")
			.contains("heat wrap")
			.doesNotContain("contact your doctor today")
			.doesNotContain("We have told");
		CheckInAnswers saved = checkIns.latestAnsweredFor(past.bookingId()).orElseThrow().answers();
		assertThat(saved).isEqualTo(new CheckInAnswers(6, 72, true, false, false, false, false, false, "Stiff in the morning", 3));
		assertThat(saved.tooSore(Duration.ofHours(36))).isTrue();
		assertThat(audited(past, "check-in.answered")).isEqualTo(1);
	}

	@Test
	void badAnswersAreRefusedWithAMessageByEachFieldAndKeptAsSent() {
		var past = sessions.endedAgo(Duration.ofHours(30));
		String token = invite(past);
		var client = new WebSession(port);
		client.get("/check-in/" + token);

		var refused = client.post("/check-in/" + token, List.of("soreness", "4", "sorenessFor", "NONE", "headache", "on",
				"legWeakness", "maybe", "numbness", "no", "anythingNew", "x".repeat(2001)));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("You rated your soreness above 0: choose how long it lasted.")
			.contains("Say whether either leg feels newly weak.")
			.contains("Say whether your pain is getting worse.")
			.contains("Keep this under 2,000 characters.")
			.contains("Choose your back pain today");
		assertThat(refused.checked("soreness-4")).isTrue();
		assertThat(refused.checked("headache")).isTrue();
		assertThat(refused.checked("bruising")).isFalse();
		assertThat(refused.checked("numbness-no")).isTrue();
		assertThat(refused.body()).contains("x".repeat(2001) + "</textarea>");
		assertThat(checkIns.latestAnsweredFor(past.bookingId())).isEmpty();
	}

	@Test
	void unknownAndExpiredLinksShowTheSameClearPage() {
		var past = sessions.endedAgo(Duration.ofHours(30));
		String expired = Secrets.newToken();
		Instant invited = Instant.now().minus(Duration.ofDays(8));
		checkIns.invite(past.bookingId(), past.clientId(), expired, invited, invited.plus(Duration.ofDays(7)));
		var visitor = new WebSession(port);

		var unknown = visitor.get("/check-in/" + Secrets.newToken());
		var gone = visitor.get("/check-in/" + expired);
		var malformed = visitor.get("/check-in/not-a-token");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(malformed.status()).isEqualTo(404);
		assertThat(gone.status()).isEqualTo(410);
		assertThat(gone.text()).isEqualTo(unknown.text()).contains("This check-in link doesn't work");
		visitor.get("/sign-in");
		var late = visitor.post("/check-in/" + expired, SORE_AND_BRUISED);
		assertThat(late.status()).isEqualTo(410);
		assertThat(checkIns.latestAnsweredFor(past.bookingId())).isEmpty();
	}

	@Test
	void answeringAgainUpdatesTheOneCheckInAndTheFormShowsTheLatestAnswers() {
		var past = sessions.endedAgo(Duration.ofHours(30));
		String token = invite(past);
		var client = new WebSession(port);
		client.get("/check-in/" + token);
		client.post("/check-in/" + token, SORE_AND_BRUISED);
		Instant first = answeredAt(past);

		var again = client.get("/check-in/" + token);
		assertThat(again.text()).contains("You have already answered");
		assertThat(audited(past, "check-in.viewed")).isEqualTo(1);
		assertThat(again.checked("soreness-6")).isTrue();
		assertThat(again.checked("sorenessFor-STILL_THERE")).isTrue();
		assertThat(again.checked("bruising")).isTrue();
		assertThat(again.checked("painToday-3")).isTrue();
		client.post("/check-in/" + token, List.of("soreness", "2", "sorenessFor", "UP_TO_24", "legWeakness", "no",
				"numbness", "no", "painWorse", "no", "painToday", "2"));

		assertThat(sessions.checkInsFor(past.bookingId())).isEqualTo(1);
		assertThat(checkIns.latestAnsweredFor(past.bookingId()).orElseThrow().answers())
			.isEqualTo(new CheckInAnswers(2, 24, false, false, false, false, false, false, null, 2));
		assertThat(answeredAt(past)).isAfter(first);
		assertThat(client.get("/check-in/" + token).checked("bruising")).isFalse();
		assertThat(audited(past, "check-in.answered")).isEqualTo(2);
	}

	@Test
	void aLinkOpensItsOwnCheckInAndNothingOfAnotherClient() {
		var mine = sessions.endedAgo(Duration.ofHours(30));
		var theirs = sessions.endedAgo(Duration.ofHours(30));
		String myToken = invite(mine);
		invite(theirs);
		String theirFeed = Secrets.newToken();
		jdbc.sql("insert into calendar_feeds (account_id, audience, token_hash) values (?, 'CLIENT', ?)")
			.params(theirs.clientId(), Secrets.hash(theirFeed))
			.update();
		var visitor = new WebSession(port);

		assertThat(visitor.get("/check-in/" + myToken).text()).doesNotContain(theirs.clientName());
		assertThat(visitor.get("/check-in/" + theirFeed).status()).isEqualTo(404);
		assertThat(visitor.get("/calendar/" + myToken + ".ics").status()).isEqualTo(404);
		visitor.get("/check-in/" + myToken);
		visitor.post("/check-in/" + myToken, SORE_AND_BRUISED);

		assertThat(checkIns.latestAnsweredFor(mine.bookingId())).isPresent();
		assertThat(checkIns.latestAnsweredFor(theirs.bookingId())).isEmpty();
	}

	@Test
	void newLegWeaknessPausesThePlanTellsTheClientToSeeADoctorAndAlertsTherapistAndPractice() {
		var client = clientWithPlan();
		String token = invite(client);
		String therapistEmail = emailOf(client.therapistId());
		var visitor = new WebSession(port);
		visitor.get("/check-in/" + token);

		var sent = visitor.post("/check-in/" + token, List.of("soreness", "3", "sorenessFor", "UP_TO_24", "legWeakness", "yes",
				"numbness", "no", "painWorse", "no", "painToday", "4"));

		var thanks = visitor.get(sent.location());
		assertThat(thanks.text()).contains("Please contact your doctor today")
			.contains("Go to the emergency department now if it is in both legs")
			.contains("We have told Dana and the practice")
			.contains("Your care plan is paused until Dana has reviewed them");
		var standing = progress.of(client.clientId()).orElseThrow();
		assertThat(standing.state()).isEqualTo(PlanProgress.State.PAUSED);
		assertThat(standing.rules()).containsExactly("O5");
		assertThat(standing.reason()).contains("new weakness in a leg");
		String subject = "Check-in needs a look: " + client.clientName();
		String alert = TestMail.text(TestMail.awaitWithSubject(therapistEmail, subject).get(0));
		assertThat(alert).contains("New weakness in a leg")
			.contains("Their care plan is paused")
			.contains("Back pain today: 4/10")
			.contains("/therapist/sessions/" + client.bookingId());
		TestMail.awaitWithSubject(TestData.ADMIN_EMAIL, subject);
	}

	@Test
	void painGettingWorseAloneAlsoPausesThePlan() {
		var client = clientWithPlan();
		String token = invite(client);
		var visitor = new WebSession(port);
		visitor.get("/check-in/" + token);

		visitor.post("/check-in/" + token, List.of("soreness", "2", "sorenessFor", "UP_TO_24", "legWeakness", "no",
				"numbness", "no", "painWorse", "yes", "painToday", "5"));

		var standing = progress.of(client.clientId()).orElseThrow();
		assertThat(standing.state()).isEqualTo(PlanProgress.State.PAUSED);
		assertThat(standing.rules()).containsExactly("O5");
		assertThat(standing.reason()).contains("pain getting worse");
	}

	@Test
	void painTwoPointsOverTheSessionsStartAlertsOnceButPausesNothingUntilItHasLasted48Hours() {
		var client = clientWithPlan();
		sessions.recordPainBefore(client, 3);
		String token = invite(client);
		String therapistEmail = emailOf(client.therapistId());
		var visitor = new WebSession(port);
		visitor.get("/check-in/" + token);
		List<String> painUp = List.of("soreness", "0", "sorenessFor", "NONE", "legWeakness", "no", "numbness", "no",
				"painWorse", "no", "painToday", "5");

		visitor.post("/check-in/" + token, painUp);
		visitor.get("/check-in/" + token);
		var again = visitor.post("/check-in/" + token, painUp);

		assertThat(visitor.get(again.location()).text()).contains("We have told Dana").doesNotContain("contact your doctor today");
		assertThat(progress.of(client.clientId()).orElseThrow().state()).isEqualTo(PlanProgress.State.ON_TRACK);
		String alert = TestMail.text(TestMail.awaitWithSubject(therapistEmail, "Check-in needs a look").get(0));
		assertThat(alert).contains("Pain today 5/10, up from 3/10 before the session").doesNotContain("Their care plan is paused");
		assertThat(jdbc.sql("select count(*) from outbox_messages where to_address = ? and subject like 'Check-in needs a look%'")
			.param(therapistEmail)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	/** A client whose plan a therapist approved, with a session that ended a day ago. */
	private PastSessions.Past clientWithPlan() {
		String email = TestData.email("worried");
		String name = "Robin " + Long.toHexString(System.nanoTime());
		var web = WebSession.signedInClient(port, name, email);
		TestConsultations.submitChronicDeskWorker(web, name);
		long id = jdbc.sql("select id from accounts where email = ?").param(email).query(Long.class).single();
		long plan = progress.of(id).orElseThrow().planId();
		var reviewer = WebSession.signedInTherapist(port, "Rhea Reviewer", TestData.email("rhea"));
		reviewer.get("/therapist/plans/" + plan);
		assertThat(reviewer.post("/therapist/plans/" + plan + "/approval", List.of("version", "1")).status()).isEqualTo(302);
		return sessions.endedAgo(Duration.ofHours(30), id, name, email);
	}

	private String invite(PastSessions.Past past) {
		String token = Secrets.newToken();
		Instant now = Instant.now();
		assertThat(checkIns.invite(past.bookingId(), past.clientId(), token, now, now.plus(Duration.ofDays(7)))).isTrue();
		return token;
	}

	private String emailOf(long accountId) {
		return jdbc.sql("select email from accounts where id = ?").param(accountId).query(String.class).single();
	}

	private Instant answeredAt(PastSessions.Past past) {
		return jdbc.sql("select answered_at from check_ins where booking_id = ?")
			.param(past.bookingId())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	private int audited(PastSessions.Past past, String action) {
		return jdbc.sql("select count(*) from audit_log where actor_id = ? and client_id = ? and action = ? and subject = ?")
			.params(past.clientId(), past.clientId(), action, "check-in:" + past.bookingId())
			.query(Integer.class)
			.single();
	}
}
