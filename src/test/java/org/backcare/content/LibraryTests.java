package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;

import org.backcare.BackCareTest;
import org.backcare.platform.PracticeSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class LibraryTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Library library;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PracticeSettings practice;

	@Test
	void loadsEachFileWithItsFieldsTagsAndFirstRevision() {
		TestArticles.loadSamples(context);

		var row = jdbc.sql("select * from content_articles where slug = :slug").param("slug", TestArticles.SCIATICA)
			.query((rs, n) -> new Object[] { rs.getString("title"), rs.getString("summary"), rs.getString("author_name"),
					rs.getString("image_path"), rs.getString("image_alt"), rs.getString("image_caption"),
					Arrays.asList((String[]) rs.getArray("technique_slugs").getArray()),
					Arrays.asList((String[]) rs.getArray("product_slugs").getArray()),
					rs.getObject("published_at", OffsetDateTime.class).toInstant(),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("revision"),
					rs.getString("body_md") })
			.single();

		assertThat(row[0]).isEqualTo("Sciatica: when back pain travels down the leg");
		assertThat((String) row[1]).startsWith("What it means when pain runs");
		assertThat(row[2]).isEqualTo("Dana Whitfield");
		assertThat(row[3]).isEqualTo("/images/hero-back.svg");
		assertThat((String) row[4]).startsWith("Outline of a person");
		assertThat(row[5]).isEqualTo("Sciatic pain follows the nerve from the lower back down one leg.");
		assertThat(row[6]).isEqualTo(java.util.List.of("swedish", "hip-and-glute"));
		assertThat(row[7]).isEqualTo(java.util.List.of("wheat-heat-pack"));
		// Published at 09:00 in the practice's time zone on the day the file names.
		assertThat(row[8]).isEqualTo(LocalDate.of(2026, 10, 5).atTime(LocalTime.of(9, 0)).atZone(practice.timeZone()).toInstant());
		assertThat(row[9]).isEqualTo(LocalDate.of(2026, 11, 2).atTime(LocalTime.of(9, 0)).atZone(practice.timeZone()).toInstant());
		assertThat(row[10]).isEqualTo(1);
		assertThat((String) row[11]).startsWith("Pain that runs from the lower back").contains("## What massage can do");
		assertThat(jdbc.sql("""
				select t.slug || '|' || t.name from content_article_tags x join content_tags t on t.slug = x.tag_slug
				join content_articles a on a.id = x.article_id where a.slug = :slug order by t.slug""")
			.param("slug", TestArticles.SCIATICA).query(String.class).list())
			.containsExactly("red-flags|Red flags", "sciatica|Sciatica");
		assertThat(jdbc.sql("""
				select r.title from content_article_revisions r join content_articles a on a.id = r.article_id
				where a.slug = :slug and r.revision = 1""").param("slug", TestArticles.SCIATICA).query(String.class).list())
			.containsExactly("Sciatica: when back pain travels down the leg");
	}

	@Test
	void loadingAgainAddsNothingAndLeavesEditedAndRenamedArticlesAlone() {
		TestArticles.loadSamples(context);
		jdbc.sql("update content_articles set title = 'Edited by the practice', slug = 'renamed-desk' where slug = :slug")
			.param("slug", TestArticles.DESK).update();
		jdbc.sql("insert into content_slug_redirects (old_slug, article_id) select :slug, id from content_articles where slug = 'renamed-desk'")
			.param("slug", TestArticles.DESK).update();
		int before = jdbc.sql("select count(*) from content_articles").query(Integer.class).single();

		int added = library.load(TestArticles.SAMPLES);

		assertThat(added).isZero();
		assertThat(jdbc.sql("select count(*) from content_articles").query(Integer.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("select title from content_articles where slug = 'renamed-desk'").query(String.class).single())
			.isEqualTo("Edited by the practice");
		jdbc.sql("delete from content_slug_redirects where old_slug = :slug").param("slug", TestArticles.DESK).update();
		jdbc.sql("update content_articles set title = 'Moving at your desk', slug = :slug where slug = 'renamed-desk'")
			.param("slug", TestArticles.DESK).update();
	}
}
