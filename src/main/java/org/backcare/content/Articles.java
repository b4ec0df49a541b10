package org.backcare.content;

import static org.backcare.content.ArticleRows.COLUMNS;
import static org.backcare.content.ArticleRows.TAGS;
import static org.backcare.content.ArticleRows.VISIBLE;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reading the articles: by slug (whatever its state: the caller decides who may see it), the published ones by
 * date and tag, related ones, and what feeds and the sitemap list. The comments part finds its article here too.
 */
@Repository
class Articles {

	private static final String WITH_TAG = """
			(cast(:tag as text) is null
			 or exists (select 1 from content_article_tags x where x.article_id = a.id and x.tag_slug = :tag))""";

	private final JdbcClient jdbc;

	private final RenderedArticles rendered;

	private final LibraryVersion libraryVersion;

	Articles(JdbcClient jdbc, RenderedArticles rendered, LibraryVersion libraryVersion) {
		this.jdbc = jdbc;
		this.rendered = rendered;
		this.libraryVersion = libraryVersion;
	}

	/** The article with this slug in any state; check {@link Article#visibleAt} before showing it to a visitor. */
	Optional<Article> withSlug(String slug) {
		return jdbc.sql("select " + COLUMNS + " from content_articles a " + TAGS + " where a.slug = :slug")
			.param("slug", slug)
			.query((row, number) -> ArticleRows.article(row))
			.optional();
	}

	/** The article a visitor may read at this slug now. */
	Optional<Article> visible(String slug, Instant now) {
		return withSlug(slug).filter(article -> article.visibleAt(now));
	}

	/** The slug an article has now, when it was once known by this one (it was renamed). */
	Optional<String> renamedFrom(String oldSlug) {
		return jdbc.sql("""
				select a.slug from content_slug_redirects r join content_articles a on a.id = r.article_id
				where r.old_slug = :slug""")
			.param("slug", oldSlug)
			.query(String.class)
			.optional();
	}

	/** @param tag a tag's slug, or null for all */
	List<ArticleCard> published(String tag, int page, int size, Instant now) {
		return jdbc.sql("""
				select %s from content_articles a %s
				where %s and %s
				order by a.published_at desc, a.id desc limit :size offset :offset""".formatted(COLUMNS, TAGS, VISIBLE, WITH_TAG))
			.param("now", Timestamp.from(now)).param("tag", tag).param("size", size)
			.param("offset", (long) (page - 1) * size)
			.query((row, number) -> ArticleRows.card(row, rendered, null))
			.list();
	}

	int countPublished(String tag, Instant now) {
		return jdbc.sql("select count(*) from content_articles a where %s and %s".formatted(VISIBLE, WITH_TAG))
			.param("now", Timestamp.from(now)).param("tag", tag)
			.query(Integer.class).single();
	}

	/** Those sharing most tags with the article, newest first among equals. */
	List<ArticleCard> related(Article article, int limit, Instant now) {
		return jdbc.sql("""
				select %s from content_articles a %s
				left join lateral (select count(*) as shared from content_article_tags x
				    join content_article_tags mine on mine.tag_slug = x.tag_slug and mine.article_id = :id
				    where x.article_id = a.id) overlap on true
				where a.id <> :id and %s
				order by overlap.shared desc, a.published_at desc, a.id desc limit :limit""".formatted(COLUMNS, TAGS, VISIBLE))
			.param("id", article.id()).param("now", Timestamp.from(now)).param("limit", limit)
			.query((row, number) -> ArticleRows.card(row, rendered, null))
			.list();
	}

	/** Tags that published articles use, by name, for the list's filter. */
	List<Tag> tagsInUse(Instant now) {
		return jdbc.sql("""
				select t.slug, t.name from content_tags t
				where exists (select 1 from content_article_tags x join content_articles a on a.id = x.article_id
				    where x.tag_slug = t.slug and %s)
				order by t.name""".formatted(VISIBLE))
			.param("now", Timestamp.from(now))
			.query((row, number) -> new Tag(row.getString("slug"), row.getString("name")))
			.list();
	}

	Optional<Tag> tag(String slug) {
		return jdbc.sql("select slug, name from content_tags where slug = :slug")
			.param("slug", slug)
			.query((row, number) -> new Tag(row.getString("slug"), row.getString("name")))
			.optional();
	}

	/** Published articles, newest first, without their bodies: for the sitemap and the feed. */
	List<Listed> listed(int limit, Instant now) {
		return jdbc.sql("select a.id, a.slug, a.title, a.summary, a.author_name, a.published_at, a.updated_at "
				+ "from content_articles a where " + VISIBLE
				+ " order by a.published_at desc, a.id desc limit :limit")
			.param("now", Timestamp.from(now)).param("limit", limit)
			.query((row, number) -> new Listed(row.getLong("id"), row.getString("slug"), row.getString("title"),
					row.getString("summary"), row.getString("author_name"), row.getTimestamp("published_at").toInstant(),
					row.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/** What decides whether the article's page is still fresh; see {@link Stamp}. */
	Optional<Stamp> stamp(String slug) {
		long version = libraryVersion.now();
		return jdbc.sql("select id, revision, published_at, unpublished_at, updated_at from content_articles where slug = :slug")
			.param("slug", slug)
			.query((row, number) -> new Stamp(row.getLong("id"), slug, row.getInt("revision"),
					instant(row.getTimestamp("published_at")), instant(row.getTimestamp("unpublished_at")),
					row.getTimestamp("updated_at").toInstant(), version))
			.optional();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	record Listed(long id, String slug, String title, String summary, String author, Instant publishedAt,
			Instant updatedAt) {

		Instant lastModified() {
			return updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
		}
	}
}
