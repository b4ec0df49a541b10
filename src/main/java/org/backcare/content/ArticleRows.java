package org.backcare.content;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads article rows that {@link #COLUMNS} selected (with their tags), so every query builds its articles and
 * cards the same way. Cards need the reading time, which the rendering cache knows per revision.
 */
final class ArticleRows {

	/** Select {@code a.*} and these from {@code content_articles a}, followed by {@link #TAGS}. */
	static final String COLUMNS = "a.*, tags.slugs as tag_slugs, tags.names as tag_names";

	static final String TAGS = """
			left join lateral (select array_agg(t.slug order by t.name) as slugs, array_agg(t.name order by t.name) as names
			    from content_article_tags x join content_tags t on t.slug = x.tag_slug where x.article_id = a.id) tags on true""";

	/** Visible to visitors at {@code :now}: published, not in the future, not taken down. */
	static final String VISIBLE = "a.published_at <= :now and a.unpublished_at is null";

	private ArticleRows() {
	}

	static Article article(ResultSet row) throws SQLException {
		return new Article(row.getLong("id"), row.getString("slug"), row.getString("title"), row.getString("summary"),
				row.getString("body_md"), row.getString("author_name"), row.getString("image_path"),
				row.getString("image_alt"), row.getString("image_caption"), strings(row.getArray("technique_slugs")),
				strings(row.getArray("product_slugs")), instant(row.getTimestamp("published_at")),
				instant(row.getTimestamp("unpublished_at")), instant(row.getTimestamp("updated_at")),
				row.getInt("revision"), tags(row));
	}

	static ArticleCard card(ResultSet row, RenderedArticles rendered, String snippet) throws SQLException {
		int minutes = rendered.of(row.getLong("id"), row.getInt("revision"), row.getString("body_md")).readingMinutes();
		return new ArticleCard(row.getLong("id"), row.getString("slug"), row.getString("title"),
				row.getString("summary"), row.getString("author_name"), row.getString("image_path"),
				row.getString("image_alt"), instant(row.getTimestamp("published_at")),
				instant(row.getTimestamp("updated_at")), minutes, tags(row), snippet);
	}

	private static List<Tag> tags(ResultSet row) throws SQLException {
		List<String> slugs = strings(row.getArray("tag_slugs"));
		List<String> names = strings(row.getArray("tag_names"));
		List<Tag> tags = new ArrayList<>();
		for (int i = 0; i < slugs.size(); i++) {
			tags.add(new Tag(slugs.get(i), names.get(i)));
		}
		return tags;
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
