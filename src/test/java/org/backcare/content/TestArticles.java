package org.backcare.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Articles for tests of the content module: the sample library (three small articles under
 * src/test/resources/content/samples, loaded once however often it is asked for) and single articles in any
 * state, each with a slug of its own so tests sharing a database never meet.
 */
final class TestArticles {

	static final String SAMPLES = "classpath:content/samples";

	static final String SCIATICA = "sample-sciatica-down-the-leg";

	static final String HEAT_OR_COLD = "sample-heat-or-cold";

	static final String DESK = "sample-moving-at-your-desk";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private TestArticles() {
	}

	static void loadSamples(ApplicationContext context) {
		context.getBean(Library.class).load(SAMPLES);
	}

	/** A word no other article holds, made of letters only so the English stemmer leaves it alone. */
	static String uniqueWord() {
		StringBuilder word = new StringBuilder("zyq");
		for (char c : Long.toString(System.nanoTime() + SEQUENCE.incrementAndGet(), 26).toCharArray()) {
			word.append((char) (Character.isDigit(c) ? 'a' + (c - '0') : c + 10));
		}
		return word.toString();
	}

	static Builder article(String title) {
		return new Builder(title);
	}

	static final class Builder {

		private final String title;

		private String summary = "A short summary of the article.";

		private String body = "Some text.\n\n## First\n\nMore text.\n\n## Second\n\nThe end.";

		private final List<String> tags = new ArrayList<>();

		private Instant publishedAt = Instant.now().minusSeconds(3600);

		private Instant unpublishedAt;

		private Builder(String title) {
			this.title = title;
		}

		Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		Builder body(String body) {
			this.body = body;
			return this;
		}

		Builder tag(String tag) {
			tags.add(tag);
			return this;
		}

		/** null: a draft; in the future: scheduled. */
		Builder publishedAt(Instant publishedAt) {
			this.publishedAt = publishedAt;
			return this;
		}

		Builder unpublishedAt(Instant unpublishedAt) {
			this.unpublishedAt = unpublishedAt;
			return this;
		}

		/** @return the new article's slug */
		String add(ApplicationContext context) {
			String slug = "test-" + uniqueWord();
			Library library = context.getBean(Library.class);
			tags.forEach(tag -> library.addTag(tag, Link.nameOf(tag)));
			long id = library.add(new ArticleFile(slug, title, summary, "Test Author", LocalDate.of(2026, 1, 1), null,
					tags, List.of("swedish"), List.of("foam-roller-smooth"), null, null, null, body));
			context.getBean(JdbcClient.class)
				.sql("update content_articles set published_at = :published, updated_at = coalesce(:published, updated_at), "
						+ "unpublished_at = :unpublished where id = :id")
				.param("published", publishedAt == null ? null : Timestamp.from(publishedAt))
				.param("unpublished", unpublishedAt == null ? null : Timestamp.from(unpublishedAt))
				.param("id", id)
				.update();
			return slug;
		}
	}
}
