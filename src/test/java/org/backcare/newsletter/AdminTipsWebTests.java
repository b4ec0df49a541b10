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
class AdminTipsWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tips tips;

	WebSession admin;

	@BeforeEach
	void setUp() {
		admin = WebSession.signedInAdmin(port);
	}

	Map<String, Object> row(String title) {
		return jdbc.sql("select id, slug, body, audience, rule_ids, position, retired_at from newsletter_tips where title = :title")
			.param("title", title)
			.query()
			.singleRow();
	}

	@Test
	void listsTheLibraryLoadedAtStartUpInOrder() {
		var page = admin.get("/admin/newsletter/tips");

		assertThat(page.status()).isEqualTo(200);
		assertThat(tips.all()).hasSizeGreaterThanOrEqualTo(32);
		assertThat(page.rowWith("Keep moving, even on a sore day")).startsWith("1 ").contains("Everyone").contains("In the cycle");
		assertThat(page.rowWith("Lying on your side for pregnancy massage")).contains("Pregnancy and back pain").contains("M6");
	}

	@Test
	void loadingTheLibraryAgainChangesNothing() {
		int before = tips.all().size();

		new TipLibrary(tips).load();

		assertThat(tips.all()).hasSize(before);
	}

	@Test
	void addsATipAtTheEndOfTheCycle() {
		String title = "Test tip " + System.nanoTime();

		var added = admin.submit("/admin/newsletter/tips/new", "/admin/newsletter/tips/new", Map.of("title", title, "body",
				"Stand up and stretch between calls.\n\nA second paragraph.", "audience", "DESK_WORK", "ruleIds", " A5   A1 "));

		assertThat(added.status()).as(added.body()).isEqualTo(302);
		assertThat(admin.follow(added).text()).contains("Added “" + title + "” at the end of the cycle.");
		var row = row(title);
		assertThat(row).containsEntry("audience", "DESK_WORK").containsEntry("rule_ids", "A5 A1")
			.containsEntry("slug", "test-tip-" + title.substring(9));
		int last = tips.all().stream().mapToInt(Tip::position).max().orElseThrow();
		assertThat(row.get("position")).isEqualTo(last);
	}

	@Test
	void refusesATipWithMissingOrUnsafeWordsAndSaysWhyNextToEachField() {
		var refused = admin.submit("/admin/newsletter/tips/new", "/admin/newsletter/tips/new", Map.of("title", " ", "body",
				"This stretch will cure your back pain for good.", "audience", "SHOP_OFFERS", "ruleIds", "S1 X9"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"title-error\"").contains("Enter a title")
			.contains("id=\"body-error\"").contains("A tip never promises a result: rephrase without “cure”")
			.contains("id=\"audience-error\"").contains("Choose who the tip is for from the list")
			.contains("id=\"ruleIds-error\"").contains("The fact sheet has no rule X9")
			.contains("This stretch will cure your back pain for good.");
		assertThat(refused.body()).contains("aria-invalid=\"true\"");
		var tooLong = admin.post("/admin/newsletter/tips/new", Map.of("title", "x".repeat(121), "body", "y".repeat(2001),
				"audience", "", "ruleIds", ""));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.body()).contains("Keep the title to 120 characters or fewer")
			.contains("Keep the tip to 2000 characters or fewer (it has 2001)");
	}

	@Test
	void anEditedTipKeepsItsSlugAndCanMove() {
		String title = "Editable tip " + System.nanoTime();
		admin.submit("/admin/newsletter/tips/new", "/admin/newsletter/tips/new",
				Map.of("title", title, "body", "First words.", "audience", "", "ruleIds", "A1"));
		var before = row(title);
		String path = "/admin/newsletter/tips/" + before.get("id");

		assertThat(admin.get(path).inputValue("title")).isEqualTo(title);
		var saved = admin.post(path, Map.of("title", title + " (new)", "body", "Better words.", "audience", "SELF_CARE",
				"ruleIds", "A2", "position", "500"));

		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		var after = row(title + " (new)");
		assertThat(after).containsEntry("slug", before.get("slug")).containsEntry("body", "Better words.")
			.containsEntry("audience", "SELF_CARE").containsEntry("position", 500);
		var badPosition = admin.post(path, Map.of("title", title, "body", "Words.", "audience", "", "ruleIds", "",
				"position", "first"));
		assertThat(badPosition.status()).isEqualTo(422);
		assertThat(badPosition.body()).contains("Enter the position as a whole number from 1 to 10000");
	}

	@Test
	void aRetiredTipLeavesTheCycleUntilRestored() {
		String title = "Retirable tip " + System.nanoTime();
		admin.submit("/admin/newsletter/tips/new", "/admin/newsletter/tips/new",
				Map.of("title", title, "body", "Some words.", "audience", "", "ruleIds", "A1"));
		long id = (Long) row(title).get("id");

		admin.get("/admin/newsletter/tips");
		var retired = admin.follow(admin.post("/admin/newsletter/tips/" + id + "/retire"));

		assertThat(retired.text()).contains("Retired “" + title + "”");
		assertThat(retired.rowWith(title)).contains("Retired").contains("Restore");
		assertThat(tips.inCycle()).extracting(Tip::id).doesNotContain(id);

		var restored = admin.follow(admin.post("/admin/newsletter/tips/" + id + "/restore"));
		assertThat(restored.rowWith(title)).contains("In the cycle");
		assertThat(tips.inCycle()).extracting(Tip::id).contains(id);
	}

	@Test
	void anUnknownTipIsNotFound() {
		assertThat(admin.get("/admin/newsletter/tips/999999999").status()).isEqualTo(404);
	}

	@Test
	void onlyAdminsSeeTheTips() {
		var client = WebSession.signedInClient(port, "Tess", TestData.email("tess"));
		assertThat(client.get("/admin/newsletter/tips").status()).isEqualTo(403);
		assertThat(new WebSession(port).get("/admin/newsletter/tips").location()).contains("/sign-in");
	}
}
