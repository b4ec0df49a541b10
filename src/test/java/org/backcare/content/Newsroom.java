package org.backcare.content;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Articles and comments for tests, straight into the tables: another part of the content module loads the real
 * library, and these tests need only an article to comment on. Each call makes its own, so tests never overlap.
 */
final class Newsroom {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcClient jdbc;

	private final FormStamps stamps;

	Newsroom(JdbcClient jdbc, FormStamps stamps) {
		this.jdbc = jdbc;
		this.stamps = stamps;
	}

	/** A published article; returns its slug. */
	String article(String title) {
		return insert(title, "now() - interval '1 day'");
	}

	/** A draft nobody may comment on yet; returns its slug. */
	String draft(String title) {
		return insert(title, "null");
	}

	long idOf(String slug) {
		return jdbc.sql("select id from content_articles where slug = ?").param(slug).query(Long.class).single();
	}

	/** A comment stored as it is, with no checks, e.g. an approved one to reply to. */
	long comment(String slug, Long parent, String name, String email, String text, CommentStatus status) {
		return jdbc.sql("""
				insert into content_comments (article_id, parent_id, author_name, email, body, status, ip)
				values (?, ?, ?, ?, ?, ?, '10.0.0.1') returning id""")
			.params(idOf(slug), parent, name, email, text, status.name())
			.query(Long.class)
			.single();
	}

	CommentStatus statusOf(long commentId) {
		return CommentStatus.valueOf(jdbc.sql("select status from content_comments where id = ?")
			.param(commentId)
			.query(String.class)
			.single());
	}

	/** The newest comment with this email address, whatever its status. */
	long latestBy(String email) {
		return jdbc.sql("select max(id) from content_comments where email = ?").param(email).query(Long.class).single();
	}

	void approveAllOn(String slug) {
		jdbc.sql("update content_comments set status = 'APPROVED' where article_id = ?").param(idOf(slug)).update();
	}

	/** The form's fields as a person would send them, shown long enough ago to count as a person's. */
	Map<String, String> form(String name, String email, String text) {
		return form(name, email, text, stamps.issue(Instant.now().minusSeconds(30)));
	}

	Map<String, String> form(String name, String email, String text, String shownAt) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("name", name);
		fields.put("email", email);
		fields.put("text", text);
		fields.put("website", "");
		fields.put("shownAt", shownAt);
		return fields;
	}

	String stamp(Instant shownAt) {
		return stamps.issue(shownAt);
	}

	private String insert(String title, String publishedAt) {
		String slug = "test-" + SEQUENCE.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
		jdbc.sql("insert into content_articles (slug, title, summary, body_md, author_name, published_at) values (?, ?, "
				+ "'A summary.', '## Section\n\nBody.', 'Dana Whitfield', " + publishedAt + ")")
			.params(slug, title)
			.update();
		return slug;
	}
}
