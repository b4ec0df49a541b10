package org.backcare.content;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Rendered Markdown per article revision, so reading an article does no Markdown work after its first view. A
 * revision never changes, so an entry is never stale; the least recently read ones make room when it is full.
 */
@Component
class RenderedArticles {

	private final Map<Key, ArticleMarkdown.Rendered> cache;

	RenderedArticles() {
		// The library is a few dozen articles; room for that many times ten keeps it a few megabytes at most.
		this(500);
	}

	RenderedArticles(int capacity) {
		this.cache = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, ArticleMarkdown.Rendered> eldest) {
				return size() > capacity;
			}
		};
	}

	ArticleMarkdown.Rendered of(long articleId, int revision, String markdown) {
		Key key = new Key(articleId, revision);
		synchronized (cache) {
			ArticleMarkdown.Rendered known = cache.get(key);
			if (known != null) {
				return known;
			}
		}
		// Rendered outside the lock: two first readers may both render, which is harmless.
		ArticleMarkdown.Rendered rendered = ArticleMarkdown.render(markdown);
		synchronized (cache) {
			cache.put(key, rendered);
		}
		return rendered;
	}

	ArticleMarkdown.Rendered of(Article article) {
		return of(article.id(), article.revision(), article.body());
	}

	private record Key(long articleId, int revision) {
	}
}
