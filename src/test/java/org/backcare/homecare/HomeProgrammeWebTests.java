package org.backcare.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.backcare.homecare.HomeProgramme.Assignment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@BackCareTest
class HomeProgrammeWebTests {

	private static final String PAGE = "/account/home-programme";

	@LocalServerPort
	int port;

	@Autowired
	HomeProgramme programme;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void withNothingAssignedExplainsThatTheTherapistAssignsExercisesAndLinksToTheLibrary() {
		var client = client("Nadia", TestData.email("programme-empty"));

		var page = client.web().get(PAGE);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Your home programme", "Nothing here yet",
				"Your therapist chooses exercises and self-care for you to do at home when they approve your care plan");
		assertThat(page.body()).contains("href=\"/self-care\"").doesNotContain("Done today");
	}

	@Test
	void listsTheAssignedItemsWithWhyThePlanSuggestsThemAndKeepsSessionReadingApart() {
		var client = client("Lena", TestData.email("programme-list"));
		programme.assign(client.id(), 11, List.of(new Assignment("cat-cow", "Loosens a stiff back in the morning."),
				new Assignment("preparation-checklist", "Read it the day before."), new Assignment("heat-wrap", null),
				new Assignment("aftercare", null)));

		var page = client.web().get(PAGE);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Cat-cow", "From your plan: Loosens a stiff back in the morning.",
				"Heat wrap or heat pack", "No streak yet", "Before and after your sessions",
				"From your plan: Read it the day before.");
		assertThat(page.body()).contains("href=\"/self-care/cat-cow\"", "href=\"/self-care/heat-wrap\"",
				"href=\"/self-care/preparation-checklist\"", "href=\"/self-care/aftercare\"",
				"action=\"/account/home-programme/cat-cow/done\"", "action=\"/account/home-programme/heat-wrap/done\"")
			.doesNotContain("preparation-checklist/done", "aftercare/done");
		assertThat(page.body().indexOf("Cat-cow")).isLessThan(page.body().indexOf("Heat wrap or heat pack"));
		assertThat(page.text().indexOf("Before and after your sessions")).isGreaterThan(page.text().indexOf("Heat wrap"));
	}

	@Test
	void tickingAnItemShowsItDoneTodayAndAStreakOfOneDay() {
		var client = client("Tomas", TestData.email("programme-tick"));
		programme.assign(client.id(), 12, List.of(new Assignment("cat-cow", null), new Assignment("pelvic-tilt", null)));
		client.web().get(PAGE);

		var ticked = client.web().post(PAGE + "/cat-cow/done");

		assertThat(ticked.status()).isEqualTo(302);
		assertThat(ticked.header("Location")).endsWith(PAGE + "#item-cat-cow");
		var page = client.web().follow(ticked);
		assertThat(page.itemWith("id=\"item-cat-cow\"")).contains("Done today ✓", "Undo");
		assertThat(page.itemWith("id=\"item-pelvic-tilt\"")).contains("Done today").doesNotContain("✓", "Undo");
		assertThat(page.text()).contains("1 day in a row", "Your longest streak: 1 day in a row.");
		assertThat(page.rowWith("<th scope=\"row\">Cat-cow")).endsWith("✓ Done");
		assertThat(page.rowWith("<th scope=\"row\">Pelvic tilt")).endsWith("Not done").doesNotContain("✓");
		var audited = jdbc.sql("select actor_id, action, subject from audit_log where client_id = :client")
			.param("client", client.id())
			.query((rs, row) -> List.of(rs.getString("actor_id"), rs.getString("action"), rs.getString("subject")))
			.list();
		assertThat(audited).extracting(entry -> entry.get(1)).contains("home-programme.ticked", "home-programme.viewed");
		assertThat(audited).allSatisfy(entry -> assertThat(entry).startsWith(String.valueOf(client.id()))
			.endsWith("home-programme:" + client.id()));
	}

	@Test
	void tickingTwiceTheSameDayCountsOnce() {
		var client = client("Ines", TestData.email("programme-twice"));
		programme.assign(client.id(), 13, List.of(new Assignment("cat-cow", null)));
		client.web().get(PAGE);

		assertThat(client.web().post(PAGE + "/cat-cow/done").status()).isEqualTo(302);
		assertThat(client.web().post(PAGE + "/cat-cow/done").status()).isEqualTo(302);

		assertThat(ticks(client.id())).isEqualTo(1);
		assertThat(client.web().get(PAGE).text()).contains("1 day in a row").doesNotContain("2 days");
	}

	@Test
	void undoTakesBackTodaysTick() {
		var client = client("Ugo", TestData.email("programme-undo"));
		programme.assign(client.id(), 14, List.of(new Assignment("cat-cow", null)));
		client.web().get(PAGE);
		client.web().post(PAGE + "/cat-cow/done");

		var undone = client.web().follow(client.web().post(PAGE + "/cat-cow/undo"));

		assertThat(undone.itemWith("id=\"item-cat-cow\"")).contains("Done today").doesNotContain("✓", "Undo");
		assertThat(undone.text()).contains("No streak yet");
		assertThat(ticks(client.id())).isZero();
	}

	@Test
	void anItemThatIsNotADailyItemOfTheProgrammeCannotBeTicked() {
		var client = client("Petra", TestData.email("programme-404"));
		programme.assign(client.id(), 15, List.of(new Assignment("cat-cow", null), new Assignment("aftercare", null)));
		client.web().get(PAGE);

		for (String slug : List.of("heat-wrap", "aftercare", "detox-tea")) {
			var refused = client.web().post(PAGE + "/" + slug + "/done");

			assertThat(refused.status()).as(slug).isEqualTo(404);
			assertThat(refused.text()).contains("We can't find that page");
			assertThat(client.web().post(PAGE + "/" + slug + "/undo").status()).as(slug).isEqualTo(404);
		}
		assertThat(ticks(client.id())).isZero();
	}

	@Test
	void aNewPlanReplacesTheProgrammeAndKeepsThePastTicks() {
		var client = client("Rosa", TestData.email("programme-reassign"));
		programme.assign(client.id(), 16, List.of(new Assignment("cat-cow", null), new Assignment("pelvic-tilt", null)));
		client.web().get(PAGE);
		client.web().post(PAGE + "/cat-cow/done");

		programme.assign(client.id(), 17, List.of(new Assignment("pelvic-tilt", "Now twice a day."),
				new Assignment("detox-tea", "Not in the library.")));

		var page = client.web().get(PAGE);
		assertThat(page.text()).contains("Pelvic tilt", "From your plan: Now twice a day.", "1 day in a row")
			.doesNotContain("Cat-cow", "Not in the library");
		assertThat(client.web().post(PAGE + "/cat-cow/done").status()).isEqualTo(404);
		assertThat(ticks(client.id())).isEqualTo(1);
		assertThat(jdbc.sql("select plan_id from homecare_programme_items where client_id = ?").param(client.id())
			.query(Long.class).list()).containsExactly(17L);
	}

	@Test
	void anotherClientNeverSeesNorTicksSomeoneElsesProgramme() {
		var owner = client("Olga", TestData.email("programme-owner"));
		var other = client("Otto", TestData.email("programme-other"));
		programme.assign(owner.id(), 18, List.of(new Assignment("cat-cow", "Only for Olga.")));

		var page = other.web().get(PAGE);

		assertThat(page.text()).contains("Nothing here yet").doesNotContain("Cat-cow", "Only for Olga");
		assertThat(other.web().post(PAGE + "/cat-cow/done").status()).isEqualTo(404);
		assertThat(ticks(owner.id()) + ticks(other.id())).isZero();
	}

	@Test
	void aTickWithoutTheFormsCsrfTokenIsRefused() {
		var client = client("Cleo", TestData.email("programme-csrf"));
		programme.assign(client.id(), 19, List.of(new Assignment("cat-cow", null)));
		client.web().get(PAGE);

		var refused = client.web().postWithoutCsrf(PAGE + "/cat-cow/done", Map.of());

		assertThat(refused.status()).isEqualTo(403);
		assertThat(ticks(client.id())).isZero();
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() {
		var visitor = new WebSession(port);

		assertThat(visitor.get(PAGE).location()).endsWith("/sign-in");
	}

	@Test
	void assigningJoinsTheCallersTransaction() {
		var client = client("Theo", TestData.email("programme-rollback"));

		transaction.executeWithoutResult(status -> {
			programme.assign(client.id(), 20, List.of(new Assignment("cat-cow", null)));
			status.setRollbackOnly();
		});

		assertThat(client.web().get(PAGE).text()).contains("Nothing here yet").doesNotContain("Cat-cow");
	}

	private record Client(long id, WebSession web) {
	}

	private Client client(String name, String email) {
		var web = WebSession.signedInClient(port, name, email);
		return new Client(Clients.idOf(port, email), web);
	}

	private int ticks(long clientId) {
		return jdbc.sql("select count(*) from homecare_ticks where client_id = ?").param(clientId).query(Integer.class).single();
	}
}
