package org.backcare.content;

import static org.backcare.content.ArticleRows.COLUMNS;
import static org.backcare.content.ArticleRows.TAGS;
import static org.backcare.content.ArticleRows.VISIBLE;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-text search over published articles: the words as people type them into a search box (quotes, or, minus),
 * ranked by the weighted {@code search} column (title over summary over body), with the matches in context.
 */
@Repository
class ArticleSearch {

	// Headlines are made only for the page's rows: they read the whole text, ranking reads only the index.
	private static final String SQL = """
			with q as (select websearch_to_tsquery('english', :q) as query),
			hits as (
			    select a.id, ts_rank(a.search, q.query) as rank, count(*) over () as total
			    from content_articles a, q
			    where a.search @@ q.query and %s
			    order by rank desc, a.published_at desc, a.id desc
			    limit :size offset :offset)
			select %s, hits.total,
			    ts_headline('english', translate(a.summary || E'\\n' || %s, :markers, ''), q.query,
			        :options) as headline
			from hits join content_articles a on a.id = hits.id cross join q
			%s
			order by hits.rank desc, a.published_at desc, a.id desc""".formatted(VISIBLE, COLUMNS, plainText("a.body_md"),
			TAGS);

	private static final String OPTIONS = "StartSel=" + Snippets.START + ", StopSel=" + Snippets.STOP
			+ ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

	static final int MAX_LENGTH = 200;

	private final JdbcClient jdbc;

	private final RenderedArticles rendered;

	ArticleSearch(JdbcClient jdbc, RenderedArticles rendered) {
		this.jdbc = jdbc;
		this.rendered = rendered;
	}

	Results search(String words, int page, int size, Instant now) {
		int[] total = { 0 };
		List<ArticleCard> cards = jdbc.sql(SQL)
			.param("q", words).param("now", Timestamp.from(now)).param("size", size)
			.param("offset", (long) (page - 1) * size)
			.param("markers", String.valueOf(Snippets.START) + Snippets.STOP).param("options", OPTIONS)
			.query((row, number) -> {
				total[0] = row.getInt("total");
				return ArticleRows.card(row, rendered, Snippets.html(row.getString("headline")));
			})
			.list();
		return new Results(cards, total[0]);
	}

	/** What was typed, trimmed, and cut at a length no honest search needs. */
	static String words(String typed) {
		String words = typed == null ? "" : typed.strip();
		return words.length() > MAX_LENGTH ? words.substring(0, MAX_LENGTH).strip() : words;
	}

	/** Markdown source without its link targets and markup characters, close enough to what readers see. */
	private static String plainText(String markdown) {
		return "regexp_replace(regexp_replace(" + markdown + ", '!?\\[([^]]*)\\]\\([^)]*\\)', '\\1', 'g'), "
				+ "'[#*_`|]+|-{3,}|^>', ' ', 'gn')";
	}

	/** @param total how many published articles match, on all pages */
	record Results(List<ArticleCard> articles, int total) {
	}
}
