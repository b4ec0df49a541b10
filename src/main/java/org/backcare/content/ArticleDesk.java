package org.backcare.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.backcare.platform.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where articles are written: every save is a new revision, kept, and a save based on an older revision than the
 * article's is refused so nobody overwrites a colleague's work unseen. The one way to save an article: the admin
 * pages use it, and so can anything that loads articles from elsewhere.
 */
@Component
class ArticleDesk {

	private final JdbcClient jdbc;

	private final ArticleTags tags;

	private final Manuscripts manuscripts;

	private final AuditLog audit;

	private final Clock clock;

	ArticleDesk(JdbcClient jdbc, ArticleTags tags, Manuscripts manuscripts, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.tags = tags;
		this.manuscripts = manuscripts;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new draft at revision 1; its id. */
	@Transactional
	long write(Manuscript manuscript, long authorId) {
		refuseTaken(manuscript.slug(), 0);
		long id;
		try {
			id = jdbc.sql("""
					insert into content_articles (slug, title, summary, body_md, author_name, image_path, image_alt,
					    image_caption, technique_slugs, product_slugs, created_at, updated_at, revision)
					values (:slug, :title, :summary, :body, :author, :imagePath, :imageAlt, :imageCaption,
					    cast(:techniques as text[]), cast(:products as text[]), :now, :now, 1)
					returning id""").params(columns(manuscript)).query(Long.class).single();
		}
		catch (DuplicateKeyException raced) {
			throw new SlugTaken(manuscript.slug(), "an article saved a moment ago");
		}
		keep(id, 1, manuscript, authorId);
		audit.record(authorId, "article.created", "article:" + id);
		return id;
	}

	/**
	 * Saves the author's changes as the next revision; its number.
	 *
	 * @param basedOn the revision the author was editing
	 * @throws StaleRevision when someone saved after that revision
	 * @throws SlugTaken when the new slug is another article's, or an old address of one
	 */
	@Transactional
	int revise(long id, int basedOn, Manuscript manuscript, long authorId) {
		var current = jdbc.sql("""
				select slug, revision, published_at from content_articles where id = :id for update""")
			.param("id", id)
			.query((row, n) -> new Current(row.getString("slug"), row.getInt("revision"),
					new Publication(instant(row.getTimestamp("published_at")), null)))
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No article " + id));
		if (current.revision() != basedOn) {
			throw new StaleRevision(id, basedOn, current.revision());
		}
		if (!current.slug().equals(manuscript.slug())) {
			rename(id, current, manuscript.slug(), authorId);
		}
		int next = basedOn + 1;
		try {
			jdbc.sql("""
					update content_articles set slug = :slug, title = :title, summary = :summary, body_md = :body,
					    author_name = :author, image_path = :imagePath, image_alt = :imageAlt, image_caption = :imageCaption,
					    technique_slugs = cast(:techniques as text[]), product_slugs = cast(:products as text[]),
					    updated_at = :now, revision = :next
					where id = :id""").params(columns(manuscript)).param("id", id).param("next", next).update();
		}
		catch (DuplicateKeyException raced) {
			throw new SlugTaken(manuscript.slug(), "an article saved a moment ago");
		}
		keep(id, next, manuscript, authorId);
		audit.record(authorId, "article.saved", "article:" + id + " revision:" + next);
		return next;
	}

	/** An earlier revision's title, summary and body saved again as the newest revision; its number. */
	@Transactional
	int restore(long id, int basedOn, int revision, long authorId) {
		var old = manuscripts.revision(id, revision).orElseThrow(() -> new IllegalArgumentException("No revision"));
		var article = manuscripts.open(id).orElseThrow(() -> new IllegalArgumentException("No article " + id));
		int next = revise(id, basedOn, article.manuscript().withWords(old.title(), old.summary(), old.body()), authorId);
		audit.record(authorId, "article.restored", "article:" + id + " revision:" + revision);
		return next;
	}

	/** Readers' old links keep working: the old slug redirects, unless the article was never out. */
	private void rename(long id, Current current, String slug, long authorId) {
		refuseTaken(slug, id);
		// The article takes back an address it had before: that address is no longer a redirect.
		jdbc.sql("delete from content_slug_redirects where old_slug = :slug and article_id = :id")
			.param("slug", slug)
			.param("id", id)
			.update();
		if (current.publication().hasBeenOut(clock.instant())) {
			jdbc.sql("""
					insert into content_slug_redirects (old_slug, article_id) values (:old, :id)
					on conflict (old_slug) do update set article_id = excluded.article_id""")
				.param("old", current.slug())
				.param("id", id)
				.update();
		}
		audit.record(authorId, "article.renamed", "article:" + id + " " + current.slug() + " -> " + slug);
	}

	private void refuseTaken(String slug, long id) {
		Optional<String> holder = jdbc.sql("""
				select title from content_articles where slug = :slug and id <> :id
				union all
				select a.title from content_slug_redirects r join content_articles a on a.id = r.article_id
				where r.old_slug = :slug and r.article_id <> :id
				limit 1""").param("slug", slug).param("id", id).query(String.class).optional();
		if (holder.isPresent()) {
			throw new SlugTaken(slug, holder.get());
		}
	}

	private void keep(long id, int revision, Manuscript manuscript, long authorId) {
		tags.tag(id, manuscript.tagNames());
		jdbc.sql("""
				insert into content_article_revisions (article_id, revision, title, summary, body_md, author_id, saved_at)
				values (:id, :revision, :title, :summary, :body, :author, :now)""")
			.param("id", id)
			.param("revision", revision)
			.param("title", manuscript.title())
			.param("summary", manuscript.summary())
			.param("body", manuscript.body())
			.param("author", authorId)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	private Map<String, Object> columns(Manuscript manuscript) {
		// a HashMap: the image's columns may be null
		Map<String, Object> columns = new HashMap<>();
		columns.put("slug", manuscript.slug());
		columns.put("title", manuscript.title());
		columns.put("summary", manuscript.summary());
		columns.put("body", manuscript.body());
		columns.put("author", manuscript.authorName());
		columns.put("imagePath", manuscript.imagePath());
		columns.put("imageAlt", manuscript.imageAlt());
		columns.put("imageCaption", manuscript.imageCaption());
		columns.put("techniques", manuscript.techniqueSlugs().toArray(String[]::new));
		columns.put("products", manuscript.productSlugs().toArray(String[]::new));
		columns.put("now", Timestamp.from(clock.instant()));
		return columns;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private record Current(String slug, int revision, Publication publication) {
	}
}
