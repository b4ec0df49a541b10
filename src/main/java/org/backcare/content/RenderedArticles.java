package org.backcare.content;

import org.springframework.stereotype.Component;

/**
 * Rendered Markdown per article revision, so reading an article does no Markdown work after its first view. A
 * revision never changes, so an entry is never stale; the least recently read ones make room when it is full.
 */
@Component
class RenderedArticles {

	private final Lru<Key, ArticleMarkdown.Rendered> cache;

	RenderedArticles() {
		// The library is a few dozen articles; room for that many times ten keeps it a few megabytes at most.
		this(500);
	}

	RenderedArticles(int capacity) {
		this.cache = new Lru<>(capacity);
	}

	ArticleMarkdown.Rendered of(long articleId, int revision, String markdown) {
		return cache.get(new Key(articleId, revision), () -> ArticleMarkdown.render(markdown));
	}

	ArticleMarkdown.Rendered of(Article article) {
		return of(article.id(), article.revision(), article.body());
	}

	private record Key(long articleId, int revision) {
	}
}
