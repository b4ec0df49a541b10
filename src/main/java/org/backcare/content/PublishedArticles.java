package org.backcare.content;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Articles published in a span of time, for the newsletter: what went live after a subscriber's last digest, with
 * the tags their interests are matched against. Only what a visitor may read at {@code until}.
 */
@Component
public class PublishedArticles {

	/** A published article as a digest lists it; {@code path} is its page on the site. */
	public record Summary(long id, String slug, String title, String summary, Instant publishedAt, Set<String> tags) {

		public String path() {
			return "/articles/" + slug;
		}
	}

	private final JdbcClient jdbc;

	PublishedArticles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Published after {@code after} and at or before {@code until}, newest first, at most {@code limit}. */
	public List<Summary> between(Instant after, Instant until, int limit) {
		return jdbc.sql("""
				select a.id, a.slug, a.title, a.summary, a.published_at,
				       array(select x.tag_slug from content_article_tags x where x.article_id = a.id) as tags
				from content_articles a
				where a.published_at > :after and a.published_at <= :until and a.unpublished_at is null
				order by a.published_at desc, a.id desc limit :limit""")
			.param("after", Timestamp.from(after))
			.param("until", Timestamp.from(until))
			.param("limit", Math.max(0, limit))
			.query((row, n) -> new Summary(row.getLong("id"), row.getString("slug"), row.getString("title"),
					row.getString("summary"), row.getTimestamp("published_at").toInstant(), tags(row.getArray("tags"))))
			.list();
	}

	private static Set<String> tags(Array array) throws java.sql.SQLException {
		return Set.copyOf(Arrays.asList((String[]) array.getArray()));
	}
}
