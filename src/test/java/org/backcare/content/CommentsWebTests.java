package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
class CommentsWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FormStamps stamps;

	@Autowired
	CommentsPersonalData commentData;

	Newsroom news;

	@BeforeEach
	void setUp() {
		news = new Newsroom(jdbc, stamps);
	}

	@Test
	void aNewReadersCommentIsHeldAndTheyAreToldItAwaitsModeration() {
		String slug = news.article("Heat or cold for a sore back");
		var reader = new WebSession(port);
		reader.get("/articles/" + slug + "/comments");
		String email = TestData.email("reader");

		var sent = reader.post("/articles/" + slug + "/comments", news.form("Rosa", email, "Heat helps me most."));

		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.location()).isEqualTo("/articles/" + slug + "/comments");
		assertThat(sent.header("Location")).as("lands on the comment just sent").endsWith("#your-comment");
		var shown = reader.get(sent.location());
		assertThat(shown.text()).contains("your comment is awaiting moderation").contains("Heat helps me most.");
		assertThat(news.statusOf(news.latestBy(email))).isEqualTo(CommentStatus.PENDING);
		var stranger = new WebSession(port).get("/articles/" + slug + "/comments");
		assertThat(stranger.text()).doesNotContain("Heat helps me most.").contains("No comments yet");
	}

	@Test
	void theFullPageNamesTheArticleAndLinksBackToIt() {
		String slug = news.article("Sitting all day");
		var page = new WebSession(port).get("/articles/" + slug + "/comments");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Comments on Sitting all day</h1>")
			.contains("<a href=\"/articles/" + slug + "\">Back to the article: Sitting all day</a>")
			.contains("<h2 id=\"comments-heading\">Comments</h2>")
			.contains("Leave a comment");
	}

	@Test
	void htmxGetsTheFragmentWithoutThePageAroundIt() {
		String slug = news.article("Aftercare");
		var reader = new WebSession(port);
		reader.get("/articles/" + slug + "/comments");

		var fragment = reader.htmxGet("/articles/" + slug + "/comments");

		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body()).startsWith("<div id=\"comments-thread\"").doesNotContain("<html").doesNotContain("<h1");
		assertThat(fragment.body()).contains("name=\"_csrf\"").contains("Leave a comment");
	}

	@Test
	void postingWithHtmxAnswersWithTheFragmentSayingTheCommentAwaitsModeration() {
		String slug = news.article("Prevention");
		var reader = new WebSession(port);
		reader.get("/articles/" + slug + "/comments");

		var answer = reader.htmxPost("/articles/" + slug + "/comments",
				pairs(news.form("Dev", TestData.email("htmx"), "Does a standing desk help?")));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).startsWith("<div id=\"comments-thread\"");
		assertThat(answer.text()).contains("your comment is awaiting moderation").contains("Does a standing desk help?");
	}

	@Test
	void anApprovedCommentersNextCommentIsPublishedAtOnce() {
		String slug = news.article("Red flags");
		String email = TestData.email("regular");
		news.comment(slug, null, "Owen", email, "An earlier comment.", CommentStatus.APPROVED);
		var reader = new WebSession(port);
		reader.get("/articles/" + slug + "/comments");

		var sent = reader.post("/articles/" + slug + "/comments",
				news.form("Owen", email.toUpperCase(), "A second one, published at once."));

		var shown = reader.get(sent.location());
		assertThat(shown.text()).contains("your comment is published");
		assertThat(new WebSession(port).get("/articles/" + slug + "/comments").text())
			.contains("A second one, published at once.");
	}

	@Test
	void aPracticeReplyDoesNotMakeItsAddressAnApprovedCommenter() {
		String slug = news.article("Practice replies");
		String email = TestData.email("practice");
		long top = news.comment(slug, null, "Rosa", TestData.email("rosa"), "Question?", CommentStatus.APPROVED);
		jdbc.sql("""
				insert into content_comments (article_id, parent_id, author_name, email, by_practice, body, status)
				values (?, ?, 'BackCare', ?, true, 'Answer.', 'APPROVED')""")
			.params(news.idOf(slug), top, email)
			.update();
		var stranger = new WebSession(port);
		stranger.get("/articles/" + slug + "/comments");

		stranger.post("/articles/" + slug + "/comments", news.form("Not the practice", email, "Let me in."));

		assertThat(news.statusOf(news.latestBy(email))).isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void showsApprovedCommentsOldestFirstWithRepliesUnderThemAndNeverAnEmailAddress() {
		String slug = news.article("Conversation");
		String rosaEmail = TestData.email("rosa");
		long first = news.comment(slug, null, "Rosa", rosaEmail, "First comment.", CommentStatus.APPROVED);
		news.comment(slug, null, "Dev", TestData.email("dev"), "Second comment.", CommentStatus.APPROVED);
		news.comment(slug, null, "Spammer", TestData.email("spam"), "Buy now.", CommentStatus.SPAM);
		jdbc.sql("""
				insert into content_comments (article_id, parent_id, author_name, email, by_practice, body, status)
				values (?, ?, 'Dana Whitfield', 'admin@test.backcare.test', true, 'A reply from us.', 'APPROVED')""")
			.params(news.idOf(slug), first)
			.update();

		var page = new WebSession(port).get("/articles/" + slug + "/comments");

		String text = page.text();
		assertThat(text.indexOf("First comment.")).isLessThan(text.indexOf("A reply from us."));
		assertThat(text.indexOf("A reply from us.")).isLessThan(text.indexOf("Second comment."));
		assertThat(text).doesNotContain("Buy now.").doesNotContain("Dana Whitfield");
		assertThat(page.body()).contains("<h4 class=\"comment__author\">BackCare <span class=\"badge badge--practice\">")
			.doesNotContain(rosaEmail)
			.doesNotContain("admin@test.backcare.test");
		assertThat(page.body()).contains("?replyTo=" + first + "#leave-a-comment");
	}

	@Test
	void keepsLineBreaksAndLinksWebAddressesForReadersOnly() {
		String slug = news.article("Links");
		news.comment(slug, null, "Rosa", TestData.email("rosa"),
				"Line one\nLine two: https://example.org/back?a=1&b=2.", CommentStatus.APPROVED);

		var page = new WebSession(port).get("/articles/" + slug + "/comments");

		assertThat(page.body()).contains("Line one\nLine two: <a href=\"https://example.org/back?a=1&amp;b=2\" "
				+ "rel=\"nofollow ugc noopener\">https://example.org/back?a=1&amp;b=2</a>.");
	}

	@Test
	void aReplyGoesUnderItsCommentAndARepliesToAReplyIsRefused() {
		String slug = news.article("Replies");
		long top = news.comment(slug, null, "Rosa", TestData.email("rosa"), "Top.", CommentStatus.APPROVED);
		long reply = news.comment(slug, top, "Dev", TestData.email("dev"), "Reply.", CommentStatus.APPROVED);
		var reader = new WebSession(port);
		var form = reader.get("/articles/" + slug + "/comments?replyTo=" + top);
		assertThat(form.text()).contains("Reply to Rosa");
		assertThat(form.body()).contains("name=\"parentId\" value=\"" + top + "\"");

		var fields = news.form("Mo", TestData.email("mo"), "Answering a reply.");
		fields.put("parentId", String.valueOf(reply));
		var refused = reader.post("/articles/" + slug + "/comments", fields);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("You can reply to a comment, but not to a reply.");
		assertThat(refused.body()).contains("Answering a reply.");
	}

	@Test
	void aFilledHoneypotIsKeptAsSpamWhileTheSenderIsToldItAwaitsModeration() {
		String slug = news.article("Honeypot");
		var bot = new WebSession(port);
		bot.get("/articles/" + slug + "/comments");
		String email = TestData.email("bot");
		var fields = news.form("Bot", email, "Great post.");
		fields.put("website", "https://spam.example");

		var shown = bot.follow(bot.post("/articles/" + slug + "/comments", fields));

		assertThat(shown.text()).contains("your comment is awaiting moderation");
		assertThat(news.statusOf(news.latestBy(email))).isEqualTo(CommentStatus.SPAM);
		assertThat(new WebSession(port).get("/articles/" + slug + "/comments").text()).doesNotContain("Great post.");
	}

	@Test
	void aFormSentTooSoonAfterItWasShownOrWithAForgedStampIsKeptAsSpam() {
		String slug = news.article("Too fast");
		var bot = new WebSession(port);
		bot.get("/articles/" + slug + "/comments");
		String fast = TestData.email("fast");
		String forged = TestData.email("forged");

		bot.post("/articles/" + slug + "/comments", news.form("Bot", fast, "Fast.", news.stamp(Instant.now())));
		String old = news.stamp(Instant.now().minusSeconds(60));
		bot.post("/articles/" + slug + "/comments",
				news.form("Bot", forged, "Forged.", Instant.now().minusSeconds(3600).toEpochMilli() + old.substring(old.indexOf('.'))));

		assertThat(news.statusOf(news.latestBy(fast))).isEqualTo(CommentStatus.SPAM);
		assertThat(news.statusOf(news.latestBy(forged))).isEqualTo(CommentStatus.SPAM);
		assertThat(new WebSession(port).get("/articles/" + slug + "/comments").text()).doesNotContain("Fast.")
			.doesNotContain("Forged.");
	}

	@Test
	void tooManyLinksIsAFieldErrorThatKeepsEverythingTheReaderWrote() {
		String slug = news.article("Link limit");
		var reader = new WebSession(port);
		reader.get("/articles/" + slug + "/comments");

		var refused = reader.post("/articles/" + slug + "/comments", news.form("Rosa", "rosa@example.com",
				"https://a.example https://b.example https://c.example"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("A comment can hold at most 2 links");
		assertThat(refused.inputValue("name")).isEqualTo("Rosa");
		assertThat(refused.inputValue("email")).isEqualTo("rosa@example.com");
		assertThat(refused.body()).contains("https://a.example https://b.example https://c.example</textarea>");
	}

	@Test
	void missingFieldsAreNamedNextToTheirFields() {
		String slug = news.article("Missing fields");
		var reader = new WebSession(port);
		reader.get("/articles/" + slug + "/comments");

		var refused = reader.post("/articles/" + slug + "/comments", news.form("", "", "Words without a name."));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Enter your name.").contains("Enter your email address.");
		assertThat(refused.body()).contains("Words without a name.</textarea>");
	}

	@Test
	void tooManyCommentsFromOneAddressAreRefusedWithRetryAfterAndTheTextKept() {
		String slug = news.article("Form rate limit");
		var reader = new WebSession(port);
		reader.get("/articles/" + slug + "/comments");
		for (int i = 0; i < 10; i++) {
			var sent = reader.post("/articles/" + slug + "/comments",
					news.form("Rosa", TestData.email("ip-limit"), "Comment " + i));
			assertThat(sent.status()).as("comment " + i).isEqualTo(302);
			reader.get("/articles/" + slug + "/comments");
		}

		var refused = reader.post("/articles/" + slug + "/comments",
				news.form("Rosa", TestData.email("ip-limit"), "One too many."));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3601L);
		assertThat(refused.text()).contains("You have sent several comments in a short time");
		assertThat(refused.body()).contains("One too many.</textarea>");
	}

	@Test
	void aSignedInReaderFindsTheirNameAndEmailFilledIn() {
		String email = TestData.email("member");
		var member = WebSession.signedInClient(port, "Priya Nair", email);
		String slug = news.article("Signed in");

		var page = member.get("/articles/" + slug + "/comments");

		assertThat(page.inputValue("name")).isEqualTo("Priya Nair");
		assertThat(page.inputValue("email")).isEqualTo(email);
	}

	@Test
	void draftsUnknownArticlesHaveNoCommentsPage() {
		String draft = news.draft("Not yet");
		var reader = new WebSession(port);

		assertThat(reader.get("/articles/" + draft + "/comments").status()).isEqualTo(404);
		assertThat(reader.get("/articles/no-such-article/comments").status()).isEqualTo(404);
	}

	@Test
	void anOldSlugRedirectsToTheCommentsOfTheRenamedArticle() {
		String slug = news.article("Renamed");
		String old = "old-" + slug;
		jdbc.sql("insert into content_slug_redirects (old_slug, article_id) values (?, ?)")
			.params(old, news.idOf(slug))
			.update();

		var moved = new WebSession(port).get("/articles/" + old + "/comments");

		assertThat(moved.status()).isEqualTo(301);
		assertThat(moved.location()).isEqualTo("/articles/" + slug + "/comments");
	}

	@Test
	void aClientsCommentsAreInTheirDataAndGoWhenErased() {
		String email = TestData.email("commenter");
		var member = WebSession.signedInClient(port, "Lee Park", email);
		String slug = news.article("Personal data");
		member.get("/articles/" + slug + "/comments");
		member.post("/articles/" + slug + "/comments", news.form("Lee", email, "Signed in."));
		news.comment(slug, null, "Lee", email.toUpperCase(), "Sent before signing up.", CommentStatus.APPROVED);
		long id = jdbc.sql("select id from accounts where email = ?").param(email).query(Long.class).single();

		assertThat(commentData.exportFor(id).toString()).contains("Signed in.").contains("Sent before signing up.");
		commentData.erase(id);

		assertThat(commentData.exportFor(id).toString()).isEqualTo("[]");
	}

	static List<String> pairs(Map<String, String> fields) {
		return fields.entrySet().stream().flatMap(field -> java.util.stream.Stream.of(field.getKey(), field.getValue())).toList();
	}
}
