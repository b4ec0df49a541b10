package org.backcare.content;

import java.util.List;

/**
 * Everything the article page and the API's article show: the article, its rendered body and contents, related
 * articles, where it points readers, and its SEO data.
 *
 * @param preview null for a published article; otherwise why visitors cannot see it (an admin is previewing)
 */
record ArticleView(Article article, ArticleMarkdown.Rendered rendered, List<ArticleCard> related,
		List<Link> techniques, List<Link> products, ArticleSeo.Seo seo, Article.State preview) {

	/** A table of contents helps from two sections on. */
	boolean hasContents() {
		return rendered.sections().size() >= 2;
	}
}
