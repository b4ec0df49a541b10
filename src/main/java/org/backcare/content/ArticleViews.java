package org.backcare.content;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** Builds an article's page content once, for the HTML page and the API alike. */
@Component
class ArticleViews {

	static final int RELATED = 3;

	private final Articles articles;

	private final RenderedArticles rendered;

	private final TechniqueNames techniques;

	private final ArticleSeo seo;

	ArticleViews(Articles articles, RenderedArticles rendered, TechniqueNames techniques, ArticleSeo seo) {
		this.articles = articles;
		this.rendered = rendered;
		this.techniques = techniques;
		this.seo = seo;
	}

	ArticleView of(Article article, Instant now) {
		return new ArticleView(article, rendered.of(article), articles.related(article, RELATED, now),
				article.techniques().stream().map(techniques::linkTo).toList(),
				article.products().stream().map(slug -> new Link(Link.nameOf(slug), "/shop/products/" + slug)).toList(),
				seo.of(article), article.visibleAt(now) ? null : article.stateAt(now));
	}
}
