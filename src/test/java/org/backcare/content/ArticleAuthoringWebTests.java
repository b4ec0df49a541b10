package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
class ArticleAuthoringWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebSession admin;

	@BeforeEach
	void signIn() {
		admin = WebSession.signedInAdmin(port);
	}

	@Test
	void anAdminWritesADraftWhoseSlugComesFromTheTitleAndEverySaveIsARevision() {
		String title = Authoring.uniqueTitle("Heat or cold?");
		long id = Authoring.write(admin, Authoring.fields(title, "## Heat\n\nWarmth relaxes muscles."));

		var editor = admin.get("/admin/articles/" + id);
		assertThat(editor.text()).contains("Saved as a draft (revision 1).").contains("Draft");
		String slug = editor.inputValue("slug");
		assertThat(slug).startsWith("heat-or-cold-").matches("[a-z0-9]+(-[a-z0-9]+)*");
		assertThat(editor.inputValue("authorName")).as("the admin's name by default").isEqualTo("Administrator");
		assertThat(editor.inputValue("tags")).isEqualTo("Heat and cold, Sciatica");

		var saved = Authoring.save(admin, id, Authoring.with(Authoring.with(Authoring.fields(title, "## Heat\n\nWarmth helps."),
				"slug", slug), "authorName", "Maya Chen"));
		assertThat(saved.location()).isEqualTo("/admin/articles/" + id);
		assertThat(admin.get("/admin/articles/" + id).text()).contains("Saved revision 2.");
		assertThat(jdbc.sql("select revision from content_articles where id = :id").param("id", id).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select body_md from content_article_revisions where article_id = :id order by revision")
			.param("id", id).query(String.class).list())
			.containsExactly("## Heat\n\nWarmth relaxes muscles.", "## Heat\n\nWarmth helps.");
		assertThat(jdbc.sql("select tag_slug from content_article_tags where article_id = :id order by tag_slug")
			.param("id", id).query(String.class).list()).containsExactly("heat-and-cold", "sciatica");

		var revisions = admin.get("/admin/articles/" + id + "/revisions");
		assertThat(revisions.rowWith("Revision 1")).contains("Administrator");
		assertThat(revisions.rowWith("Revision 2")).contains("(current)");
	}

	@Test
	void aSaveBasedOnAnOlderRevisionIsRefusedAndTheAuthorsTextIsKept() {
		String title = Authoring.uniqueTitle("Sitting all day");
		long id = Authoring.write(admin, Authoring.fields(title, "First words."));
		var fields = Authoring.with(Authoring.with(Authoring.fields(title, "Mine, typed while someone else saved."), "id",
				String.valueOf(id)), "revision", "1");
		Authoring.save(admin, id, Authoring.fields(title, "A colleague's words."));

		admin.get("/admin/articles/" + id);
		var refused = admin.post("/admin/articles/" + id, Authoring.with(fields, "slug",
				jdbc.sql("select slug from content_articles where id = :id").param("id", id).query(String.class).single()));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text()).contains("Someone else saved this article while you were editing it (now revision 2)");
		assertThat(refused.body()).contains("Mine, typed while someone else saved.");
		assertThat(refused.find("name=\"revision\" value=\"(\\d+)\"")).as("saving again replaces theirs, knowingly").isEqualTo("2");
		assertThat(jdbc.sql("select body_md from content_articles where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("A colleague's words.");
	}

	@Test
	void aSlugHeldByAnotherArticleOrByItsOldAddressIsRefused() {
		String first = Authoring.uniqueTitle("Lordosis explained");
		long firstId = Authoring.write(admin, Authoring.fields(first, "Text."));
		String firstSlug = slugOf(firstId);

		var clash = admin.post("/admin/articles/new", Authoring.with(Authoring.fields(Authoring.uniqueTitle("Another"), "Text."),
				"slug", firstSlug));
		assertThat(clash.status()).isEqualTo(409);
		assertThat(clash.text()).contains("That slug is taken").contains(first);

		publish(firstId);
		Authoring.save(admin, firstId, Authoring.with(Authoring.fields(first, "Text."), "slug", firstSlug + "-renamed"));
		var oldAddress = admin.post("/admin/articles/new",
				Authoring.with(Authoring.fields(Authoring.uniqueTitle("A third"), "Text."), "slug", firstSlug));
		assertThat(oldAddress.status()).as("readers' old links must keep leading to the renamed article").isEqualTo(409);

		var invalid = admin.post("/admin/articles/new",
				Authoring.with(Authoring.fields(Authoring.uniqueTitle("Bad"), "Text."), "slug", "Not A Slug!"));
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.text()).contains("Use lower-case letters, digits and single hyphens");
	}

	@Test
	void renamingAPublishedArticleKeepsItsOldSlugAsARedirectUntilItTakesTheSlugBack() {
		String title = Authoring.uniqueTitle("Foam roller basics");
		long id = Authoring.write(admin, Authoring.fields(title, "Text."));
		String slug = slugOf(id);
		Authoring.save(admin, id, Authoring.with(Authoring.fields(title, "Text."), "slug", slug + "-draft-name"));
		assertThat(redirectsOf(id)).as("a draft was never out: nothing to redirect").isEmpty();

		publish(id);
		Authoring.save(admin, id, Authoring.with(Authoring.fields(title, "Text."), "slug", slug));
		assertThat(redirectsOf(id)).containsExactly(slug + "-draft-name");
		Authoring.save(admin, id, Authoring.with(Authoring.fields(title, "Text."), "slug", slug + "-draft-name"));
		assertThat(redirectsOf(id)).containsExactly(slug);
	}

	@Test
	void anArticleIsScheduledInThePracticeZoneThenPublishedUnpublishedAndPublishedAgain() {
		String title = Authoring.uniqueTitle("Aftercare and soreness");
		long id = Authoring.write(admin, Authoring.fields(title, "Text."));
		Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

		admin.get("/admin/articles/" + id);
		assertThat(admin.post("/admin/articles/" + id + "/schedule", Map.of("date", at.toString().substring(0, 10),
				"time", at.toString().substring(11, 16))).location()).isEqualTo("/admin/articles/" + id);
		assertThat(publication(id).publishedAt()).isEqualTo(at);
		assertThat(admin.get("/admin/articles").rowWith(title)).contains("Scheduled (for ").contains("UTC");

		var past = admin.post("/admin/articles/" + id + "/schedule", Map.of("date", "2020-01-01", "time", "09:00"));
		assertThat(past.status()).isEqualTo(422);
		assertThat(past.text()).contains("Choose a time ahead, or publish now");

		publish(id);
		assertThat(admin.get("/admin/articles").rowWith(title)).contains("Published");
		Instant firstPublished = publication(id).publishedAt();

		admin.post("/admin/articles/" + id + "/unpublish");
		assertThat(publication(id).unpublishedAt()).isNotNull();
		assertThat(admin.get("/admin/articles").rowWith(title)).contains("Unpublished");

		publish(id);
		assertThat(publication(id)).isEqualTo(new Publication(firstPublished, null));
		assertThat(jdbc.sql("select action from audit_log where subject = :subject order by id")
			.param("subject", "article:" + id).query(String.class).list())
			.containsSubsequence("article.created", "article.published", "article.unpublished", "article.published");
	}

	@Test
	void anEarlierRevisionIsRestoredAsANewRevision() {
		String title = Authoring.uniqueTitle("Red flags");
		long id = Authoring.write(admin, Authoring.fields(title, "The first version."));
		String slug = slugOf(id);
		admin.follow(Authoring.save(admin, id, Authoring.with(Authoring.fields(title + " (edited)", "A worse version."), "slug", slug)));

		var first = admin.get("/admin/articles/" + id + "/revisions/1");
		assertThat(first.body()).contains("The first version.").contains("readonly");
		var restored = admin.post("/admin/articles/" + id + "/revisions/1/restore", Map.of("revision", "2"));

		assertThat(restored.location()).isEqualTo("/admin/articles/" + id);
		var editor = admin.get("/admin/articles/" + id);
		assertThat(editor.text()).contains("Revision 1 restored as revision 3.");
		assertThat(editor.inputValue("title")).isEqualTo(title);
		assertThat(editor.body()).contains("The first version.");
		assertThat(admin.post("/admin/articles/" + id + "/revisions/1/restore", Map.of("revision", "2")).location())
			.as("a restore based on an older revision is refused too")
			.isEqualTo("/admin/articles/" + id + "/revisions");
	}

	@Test
	void aLeadImageNeedsItsDescription() {
		admin.get("/admin/articles/new");
		var refused = admin.post("/admin/articles/new", Authoring.with(
				Authoring.fields(Authoring.uniqueTitle("Pictured"), "Text."), "imagePath", "/articles/images/1/back.svg"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Describe the image for people who cannot see it");
	}

	@Test
	void nobodyButAnAdminReachesTheArticleDesk() {
		var client = WebSession.signedInClient(port, "Sam", TestData.email("reader"));
		assertThat(client.get("/admin/articles").status()).isEqualTo(403);
		assertThat(client.get("/admin/articles/new").status()).isEqualTo(403);
		assertThat(client.post("/admin/articles/new", Authoring.fields("Sneaky", "Text.")).status()).isEqualTo(403);
		assertThat(client.htmxPost("/admin/articles/preview", List.of("body", "# Hi")).status()).isEqualTo(403);
		assertThat(new WebSession(port).get("/admin/articles").location()).isEqualTo("/sign-in");
		assertThat(admin.get("/admin").body()).contains("href=\"/admin/articles\"");
	}

	private void publish(long id) {
		admin.get("/admin/articles/" + id);
		assertThat(admin.post("/admin/articles/" + id + "/publish").location()).isEqualTo("/admin/articles/" + id);
	}

	private String slugOf(long id) {
		return jdbc.sql("select slug from content_articles where id = :id").param("id", id).query(String.class).single();
	}

	private List<String> redirectsOf(long id) {
		return jdbc.sql("select old_slug from content_slug_redirects where article_id = :id order by old_slug")
			.param("id", id).query(String.class).list();
	}

	private Publication publication(long id) {
		return jdbc.sql("select published_at, unpublished_at from content_articles where id = :id")
			.param("id", id)
			.query((row, n) -> new Publication(row.getTimestamp("published_at") == null ? null : row.getTimestamp("published_at").toInstant(),
					row.getTimestamp("unpublished_at") == null ? null : row.getTimestamp("unpublished_at").toInstant()))
			.single();
	}
}
