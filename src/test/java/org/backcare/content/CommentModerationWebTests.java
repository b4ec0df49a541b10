package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class CommentModerationWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FormStamps stamps;

	@Autowired
	CommentDigest digest;

	Newsroom news;

	@BeforeEach
	void setUp() {
		news = new Newsroom(jdbc, stamps);
	}

	@Test
	void theQueueShowsWhatTheModeratorNeedsAndApprovingPublishesTheComment() {
		String slug = news.article("Moderated article");
		String email = TestData.email("queued");
		long id = news.comment(slug, null, "Marta", email, "Is this normal?", CommentStatus.PENDING);
		var admin = WebSession.signedInAdmin(port);

		var queue = admin.get("/admin/comments");
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.itemWith("Is this normal?")).contains("Marta on Moderated article").contains(email)
			.contains("10.0.0.1").contains("Approve").contains("Mark as spam").contains("Remove");

		var approved = admin.post("/admin/comments/" + id + "/approve");

		assertThat(approved.location()).isEqualTo("/admin/comments?status=pending");
		assertThat(admin.get(approved.location()).text()).contains("Marta's comment is now: Approved.");
		assertThat(new WebSession(port).get("/articles/" + slug + "/comments").text()).contains("Is this normal?");
		var moderated = jdbc.sql("""
				select moderated_at is not null and moderated_by = (select id from accounts where email = ?)
				from content_comments where id = ?""")
			.params(TestData.ADMIN_EMAIL, id)
			.query(Boolean.class)
			.single();
		assertThat(moderated).as("moderated_at and moderated_by recorded").isTrue();
		assertThat(audited("comment.approved", id)).isTrue();
	}

	@Test
	void spamAndRemovedCommentsCanBeRestoredToTheQueue() {
		String slug = news.article("Restore");
		long id = news.comment(slug, null, "Vic", TestData.email("vic"), "Hmm.", CommentStatus.PENDING);
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/comments");

		admin.post("/admin/comments/" + id + "/spam");
		assertThat(news.statusOf(id)).isEqualTo(CommentStatus.SPAM);
		assertThat(admin.get("/admin/comments?status=spam").itemWith("Hmm.")).contains("Restore to the queue");
		admin.post("/admin/comments/" + id + "/remove");
		assertThat(news.statusOf(id)).isEqualTo(CommentStatus.REMOVED);
		admin.post("/admin/comments/" + id + "/restore");

		assertThat(news.statusOf(id)).isEqualTo(CommentStatus.PENDING);
		assertThat(audited("comment.spam", id)).isTrue();
		assertThat(audited("comment.removed", id)).isTrue();
		assertThat(audited("comment.pending", id)).isTrue();
	}

	@Test
	void anActionThatDoesNotApplyChangesNothingAndSaysSo() {
		String slug = news.article("No double approve");
		long id = news.comment(slug, null, "Vic", TestData.email("vic"), "Twice.", CommentStatus.REMOVED);
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/comments");

		var answer = admin.post("/admin/comments/" + id + "/approve");

		assertThat(news.statusOf(id)).isEqualTo(CommentStatus.REMOVED);
		assertThat(admin.get(answer.location()).text()).contains("nothing was changed");
		assertThat(admin.post("/admin/comments/" + id + "/delete").status()).isEqualTo(404);
	}

	@Test
	void aPracticeReplyIsPublishedAtOnceAsBackCare() {
		String slug = news.article("Practice reply");
		long id = news.comment(slug, null, "Dev", TestData.email("dev"), "A gym ball?", CommentStatus.APPROVED);
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/comments?status=approved");

		var replied = admin.post("/admin/comments/" + id + "/reply", Map.of("text", "It can help some people."));

		assertThat(replied.location()).isEqualTo("/admin/comments?status=approved");
		var page = new WebSession(port).get("/articles/" + slug + "/comments");
		assertThat(page.itemWith("It can help some people.")).startsWith("BackCare Practice");
		assertThat(page.body()).doesNotContain(TestData.ADMIN_EMAIL);
	}

	@Test
	void anEmptyPracticeReplyIsRefusedNextToItsComment() {
		String slug = news.article("Empty reply");
		long id = news.comment(slug, null, "Dev", TestData.email("dev"), "Anyone?", CommentStatus.APPROVED);
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/comments?status=approved");

		var refused = admin.post("/admin/comments/" + id + "/reply", Map.of("text", "  "));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Write your comment.");
	}

	@Test
	void onlyAdminsModerate() {
		String slug = news.article("Not yours");
		long id = news.comment(slug, null, "Vic", TestData.email("vic"), "Mine.", CommentStatus.PENDING);
		var client = WebSession.signedInClient(port, "Cal", TestData.email("client"));

		assertThat(client.get("/admin/comments").status()).isEqualTo(403);
		assertThat(client.post("/admin/comments/" + id + "/approve").status()).isEqualTo(403);
		assertThat(news.statusOf(id)).isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void theDailyDigestEmailsEveryAdminOnceADayWithALinkToTheQueue() {
		String slug = news.article("Digest");
		news.comment(slug, null, "Marta", TestData.email("digest"), "Waiting for the digest.", CommentStatus.PENDING);
		LocalDate day = LocalDate.of(2100 + ThreadLocalRandom.current().nextInt(800), 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365));

		assertThat(digest.send(day)).isTrue();
		assertThat(digest.send(day)).as("the day is claimed once, whichever node runs it").isFalse();

		var mail = TestMail.awaitWithSubject(TestData.ADMIN_EMAIL, "await moderation");
		String text = TestMail.text(mail.get(mail.size() - 1));
		assertThat(text).contains("for you to read them").contains("/admin/comments");
		assertThat(TestMail.link(mail.get(mail.size() - 1), "/admin/comments")).endsWith("/admin/comments");
	}

	private boolean audited(String action, long commentId) {
		return jdbc.sql("select exists (select 1 from audit_log where action = ? and subject = ?)")
			.params(action, "comment:" + commentId)
			.query(Boolean.class)
			.single();
	}
}
