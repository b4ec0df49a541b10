package org.backcare.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.backcare.platform.PracticeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the article library that ships as files ({@code <root>/tags.txt} with {@code slug|Name} lines and
 * {@code <root>/articles/*.md}) into the tables, as revision 1 of each article. A slug already known (also as an
 * old slug after a rename) is left alone, so loading twice changes nothing and an author's edits survive restarts.
 */
@Component
class Library {

	private static final Logger log = LoggerFactory.getLogger(Library.class);

	// An article is published at the start of the practice's working day on its publication date.
	private static final LocalTime PUBLISHED_AT = LocalTime.of(9, 0);

	private final JdbcClient jdbc;

	private final PracticeSettings practice;

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	Library(JdbcClient jdbc, PracticeSettings practice) {
		this.jdbc = jdbc;
		this.practice = practice;
	}

	/**
	 * @param root e.g. {@code classpath:content}
	 * @return the number of articles added
	 * @throws IllegalStateException naming the file when a file is malformed
	 */
	@Transactional
	int load(String root) {
		Map<String, String> tagNames = tags(resources.getResource(root + "/tags.txt"));
		tagNames.forEach(this::addTag);
		int added = 0;
		for (Resource file : articleFiles(root)) {
			ArticleFile article = parse(file);
			if (!known(article.slug())) {
				article.tags().stream().filter(tag -> !tagNames.containsKey(tag)).forEach(tag -> {
					log.warn("{} uses the tag {} that tags.txt lacks; named after its slug", file.getFilename(), tag);
					addTag(tag, Link.nameOf(tag));
				});
				add(article);
				added++;
			}
		}
		log.info("Article library {}: {} articles added", root, added);
		return added;
	}

	private List<Resource> articleFiles(String root) {
		try {
			return Arrays.stream(resources.getResources(root + "/articles/*.md"))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException none) {
			log.warn("No article library at {}: {}", root, none.getMessage());
			return List.of();
		}
	}

	private static ArticleFile parse(Resource file) {
		try {
			return ArticleFile.parse(file.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException | IOException bad) {
			throw new IllegalStateException("Article file " + file.getFilename() + ": " + bad.getMessage(), bad);
		}
	}

	private static Map<String, String> tags(Resource file) {
		if (!file.exists()) {
			return Map.of();
		}
		try {
			return file.getContentAsString(StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("|"))
				.map(line -> line.split("\\|", 2))
				.collect(Collectors.toMap(parts -> parts[0].strip(), parts -> parts[1].strip(), (a, b) -> a,
						java.util.LinkedHashMap::new));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private boolean known(String slug) {
		return jdbc.sql("""
				select exists (select 1 from content_articles where slug = :slug)
				    or exists (select 1 from content_slug_redirects where old_slug = :slug)""")
			.param("slug", slug).query(Boolean.class).single();
	}

	void addTag(String slug, String name) {
		jdbc.sql("insert into content_tags (slug, name) values (:slug, :name) on conflict (slug) do nothing")
			.param("slug", slug).param("name", name).update();
	}

	/** Adds the article as revision 1, whether or not its slug is known: {@link #load} checks that first. */
	long add(ArticleFile file) {
		Instant published = at(file.published());
		Instant updated = file.updated() == null ? published : at(file.updated());
		long id = jdbc.sql("""
				insert into content_articles (slug, title, summary, body_md, author_name, image_path, image_alt,
				    image_caption, technique_slugs, product_slugs, published_at, created_at, updated_at)
				values (:slug, :title, :summary, :body, :author, :image, :alt, :caption, :techniques, :products,
				    :published, :published, :updated)
				returning id""")
			.param("slug", file.slug()).param("title", file.title()).param("summary", file.summary())
			.param("body", file.body()).param("author", file.author()).param("image", file.image())
			.param("alt", file.imageAlt()).param("caption", file.imageCaption())
			.param("techniques", file.techniques().toArray(String[]::new))
			.param("products", file.products().toArray(String[]::new))
			.param("published", timestamp(published)).param("updated", timestamp(updated))
			.query(Long.class).single();
		jdbc.sql("""
				insert into content_article_revisions (article_id, revision, title, summary, body_md, saved_at)
				values (:id, 1, :title, :summary, :body, :updated)""")
			.param("id", id).param("title", file.title()).param("summary", file.summary()).param("body", file.body())
			.param("updated", timestamp(updated)).update();
		for (String tag : file.tags()) {
			jdbc.sql("insert into content_article_tags (article_id, tag_slug) values (:id, :tag)")
				.param("id", id).param("tag", tag).update();
		}
		return id;
	}

	private Instant at(LocalDate day) {
		return day.atTime(PUBLISHED_AT).atZone(practice.timeZone()).toInstant();
	}

	private static java.sql.Timestamp timestamp(Instant instant) {
		return java.sql.Timestamp.from(instant);
	}
}
