package org.backcare.content;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Articles as their authors see them: every one whatever its state, with its revisions. */
@Component
class Manuscripts {

	private final JdbcClient jdbc;

	private final ArticleTags tags;

	Manuscripts(JdbcClient jdbc, ArticleTags tags) {
		this.jdbc = jdbc;
		this.tags = tags;
	}

	/** One line of the authors' list. */
	record Entry(long id, String title, String slug, Publication publication, Instant updatedAt, int revision) {
	}

	/** An article as its editor opens it: what was written, at which revision, and when it is out. */
	record Opened(long id, Manuscript manuscript, int revision, Publication publication, Instant updatedAt) {
	}

	/** One saved revision; the author's account may be gone (null). */
	record Revision(int number, String title, String summary, String body, Long authorId, Instant savedAt) {
	}

	/** Most recently changed first. */
	List<Entry> all() {
		return jdbc.sql("""
				select id, title, slug, published_at, unpublished_at, updated_at, revision
				from content_articles order by updated_at desc, id desc""")
			.query((row, n) -> new Entry(row.getLong("id"), row.getString("title"), row.getString("slug"),
					publication(row), instant(row.getTimestamp("updated_at")), row.getInt("revision")))
			.list();
	}

	Optional<Opened> open(long id) {
		return jdbc.sql("select * from content_articles where id = :id")
			.param("id", id)
			.query((row, n) -> new Opened(id, new Manuscript(row.getString("title"), row.getString("slug"),
					row.getString("summary"), row.getString("author_name"), row.getString("body_md"), List.of(),
					strings(row.getArray("technique_slugs")), strings(row.getArray("product_slugs")),
					row.getString("image_path"), row.getString("image_alt"), row.getString("image_caption")),
					row.getInt("revision"), publication(row), instant(row.getTimestamp("updated_at"))))
			.optional()
			.map(opened -> new Opened(id, withTags(opened.manuscript(), tags.namesOf(id)), opened.revision(),
					opened.publication(), opened.updatedAt()));
	}

	/** Newest first. */
	List<Revision> revisions(long id) {
		return jdbc.sql("""
				select revision, title, summary, body_md, author_id, saved_at from content_article_revisions
				where article_id = :id order by revision desc""").param("id", id).query(Manuscripts::revision).list();
	}

	Optional<Revision> revision(long id, int number) {
		return jdbc.sql("""
				select revision, title, summary, body_md, author_id, saved_at from content_article_revisions
				where article_id = :id and revision = :number""")
			.param("id", id)
			.param("number", number)
			.query(Manuscripts::revision)
			.optional();
	}

	private static Revision revision(ResultSet row, int n) throws SQLException {
		return new Revision(row.getInt("revision"), row.getString("title"), row.getString("summary"),
				row.getString("body_md"), row.getObject("author_id", Long.class), instant(row.getTimestamp("saved_at")));
	}

	private static Manuscript withTags(Manuscript m, List<String> tagNames) {
		return new Manuscript(m.title(), m.slug(), m.summary(), m.authorName(), m.body(), tagNames, m.techniqueSlugs(),
				m.productSlugs(), m.imagePath(), m.imageAlt(), m.imageCaption());
	}

	private static Publication publication(ResultSet row) throws SQLException {
		return new Publication(instant(row.getTimestamp("published_at")), instant(row.getTimestamp("unpublished_at")));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
