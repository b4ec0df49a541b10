package org.backcare.content;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published articles, the only ones readers may comment on, found by their slug or by a slug they once had. */
@Repository
class CommentedArticles {

	private static final String PUBLISHED = "published_at <= now() and unpublished_at is null";

	private final JdbcClient jdbc;

	CommentedArticles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CommentedArticle> published(String slug) {
		return jdbc.sql("select id, slug, title from content_articles where slug = :slug and " + PUBLISHED)
			.param("slug", slug)
			.query(CommentedArticle.class)
			.optional();
	}

	/** The article's slug now, when {@code oldSlug} is one it had before a rename. */
	Optional<String> renamed(String oldSlug) {
		return jdbc.sql("""
				select a.slug from content_slug_redirects r join content_articles a on a.id = r.article_id
				where r.old_slug = :slug and a.""" + PUBLISHED.replace(" and ", " and a."))
			.param("slug", oldSlug)
			.query(String.class)
			.optional();
	}
}
