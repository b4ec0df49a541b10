package org.backcare.content;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Builds an article's page content, for the HTML page and the API alike. A published article's content is kept
 * per revision and library version: under those it cannot change, so a page view reads one small row.
 */
@Component
class ArticleViews {

	static final int RELATED = 3;

	private final Articles articles;

	private final RenderedArticles rendered;

	private final TechniqueNames techniques;

	private final ArticleSeo seo;

	private final Lru<Stamp, Optional<ArticleView>> published = new Lru<>(200);

	ArticleViews(Articles articles, RenderedArticles rendered, TechniqueNames techniques, ArticleSeo seo) {
		this.articles = articles;
		this.rendered = rendered;
		this.techniques = techniques;
		this.seo = seo;
	}

	/** The page of a published article, as of its stamp. */
	Optional<ArticleView> published(Stamp stamp, Instant now) {
		return published.get(stamp, () -> articles.visible(stamp.slug(), now)
			.filter(article -> article.revision() == stamp.revision())
			.map(article -> of(article, now)));
	}

	ArticleView of(Article article, Instant now) {
		return new ArticleView(article, rendered.of(article), articles.related(article, RELATED, now),
				article.techniques().stream().map(techniques::linkTo).toList(),
				article.products().stream().map(slug -> new Link(Link.nameOf(slug), "/shop/products/" + slug)).toList(),
				seo.of(article), article.visibleAt(now) ? null : article.stateAt(now));
	}
}
