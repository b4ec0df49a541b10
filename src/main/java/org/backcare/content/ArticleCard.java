package org.backcare.content;

import java.time.Instant;
import java.util.List;

/**
 * An article as the list, the search results, related articles and the API's items show it.
 *
 * @param snippet for search results only: the matching words in context as safe HTML, matches in mark elements
 */
record ArticleCard(long id, String slug, String title, String summary, String author, String imagePath,
		String imageAlt, Instant publishedAt, Instant updatedAt, int readingMinutes, List<Tag> tags, String snippet) {

	String path() {
		return "/articles/" + slug;
	}

	/** Whether the article was edited after it appeared, so the "updated" date is worth showing. */
	boolean updatedSincePublished() {
		return updatedAt.isAfter(publishedAt);
	}
}
