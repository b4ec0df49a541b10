package org.backcare.content;

import java.time.Instant;

/**
 * An article page's freshness: who may see it now, and its validators for conditional requests. The page shows
 * related articles too, so the library's version (when any published article last changed) is part of it.
 */
record Stamp(long articleId, String slug, int revision, Instant publishedAt, Instant unpublishedAt,
		Instant updatedAt, long libraryVersion) {

	Article.State stateAt(Instant now) {
		return Article.State.of(publishedAt, unpublishedAt, now);
	}

	boolean visibleAt(Instant now) {
		return stateAt(now) == Article.State.PUBLISHED;
	}

	String etag() {
		return "\"a" + articleId + "-r" + revision + "-l" + libraryVersion + "\"";
	}

	long lastModifiedMillis() {
		long own = publishedAt == null || updatedAt.isAfter(publishedAt) ? updatedAt.toEpochMilli()
				: publishedAt.toEpochMilli();
		return Math.max(own, libraryVersion * 1000);
	}
}
