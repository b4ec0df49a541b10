package org.backcare.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tags by the names authors type: a name new to the library becomes a tag, its slug made from the name. */
@Component
class ArticleTags {

	private final JdbcClient jdbc;

	ArticleTags(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The article's tags become exactly these. */
	void tag(long articleId, List<String> names) {
		Map<String, String> bySlug = new LinkedHashMap<>();
		names.forEach(name -> bySlug.putIfAbsent(SlugWords.of(name), name.strip()));
		bySlug.remove("");
		jdbc.sql("""
				insert into content_tags (slug, name)
				select slug, name from unnest(cast(:slugs as text[]), cast(:names as text[])) as t (slug, name)
				on conflict (slug) do nothing""")
			.param("slugs", bySlug.keySet().toArray(String[]::new))
			.param("names", bySlug.values().toArray(String[]::new))
			.update();
		jdbc.sql("delete from content_article_tags where article_id = :id").param("id", articleId).update();
		jdbc.sql("""
				insert into content_article_tags (article_id, tag_slug)
				select :id, slug from unnest(cast(:slugs as text[])) as t (slug)""")
			.param("id", articleId)
			.param("slugs", bySlug.keySet().toArray(String[]::new))
			.update();
	}

	/** The names of the article's tags, alphabetically. */
	List<String> namesOf(long articleId) {
		return jdbc.sql("""
				select t.name from content_article_tags a join content_tags t on t.slug = a.tag_slug
				where a.article_id = :id order by t.name""").param("id", articleId).query(String.class).list();
	}
}
