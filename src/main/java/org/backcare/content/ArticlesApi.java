package org.backcare.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backcare.platform.PublicLinks;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published articles for apps: the list (by tag or search words, in pages) and one article with its HTML. */
@RestController
@Tag(name = "Articles")
class ArticlesApi {

	private final Articles articles;

	private final ArticleSearch search;

	private final ArticleViews views;

	private final ContentSettings settings;

	private final PublicLinks links;

	private final Clock clock;

	ArticlesApi(Articles articles, ArticleSearch search, ArticleViews views, ContentSettings settings,
			PublicLinks links, Clock clock) {
		this.articles = articles;
		this.search = search;
		this.views = views;
		this.settings = settings;
		this.links = links;
		this.clock = clock;
	}

	record Item(String slug, String title, String summary, String author, Instant publishedAt, Instant updatedAt,
			int readingMinutes, List<String> tags, String url, String imageUrl, String snippet) {
	}

	record ItemPage(List<Item> items, int page, int totalPages, int total) {
	}

	record Section(int level, String title, String anchor) {
	}

	record ArticleResponse(String slug, String title, String summary, String author, Instant publishedAt,
			Instant updatedAt, int readingMinutes, List<String> tags, String url, String imageUrl, String imageAlt,
			String imageCaption, String html, List<Section> sections, List<Item> related, List<String> techniques,
			List<String> products) {
	}

	@GetMapping("/api/v1/articles")
	@Operation(summary = "Published articles, newest first; with q, the best matches first with a snippet (HTML, matches in mark elements)")
	ItemPage list(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String page) {
		int number = pageNumber(page);
		Instant now = clock.instant();
		String words = ArticleSearch.words(q);
		int size = settings.pageSize();
		if (!words.isEmpty()) {
			var results = search.search(words, number, size, now);
			return new ItemPage(results.articles().stream().map(this::item).toList(), number,
					totalPages(results.total(), size), results.total());
		}
		String tagSlug = tag == null || tag.isBlank() ? null : tag.strip();
		int total = articles.countPublished(tagSlug, now);
		return new ItemPage(articles.published(tagSlug, number, size, now).stream().map(this::item).toList(), number,
				totalPages(total, size), total);
	}

	@GetMapping("/api/v1/articles/{slug}")
	@Operation(summary = "A published article with its sanitised HTML, sections and related articles (404 when there is none)")
	ArticleResponse one(@PathVariable String slug) {
		Instant now = clock.instant();
		ArticleView view = articles.stamp(slug)
			.filter(stamp -> stamp.visibleAt(now))
			.flatMap(stamp -> views.published(stamp, now))
			.orElseThrow(() -> new NoSuchArticle(slug));
		Article article = view.article();
		return new ArticleResponse(article.slug(), article.title(), article.summary(), article.author(),
				article.publishedAt(), article.lastModified(), view.rendered().readingMinutes(),
				article.tags().stream().map(org.backcare.content.Tag::slug).toList(), links.to("/articles/" + slug),
				view.seo().imageUrl(), article.imageAlt(), article.imageCaption(), view.rendered().html(),
				view.rendered().sections().stream().map(s -> new Section(s.level(), s.title(), s.anchor())).toList(),
				view.related().stream().map(this::item).toList(), article.techniques(), article.products());
	}

	@ExceptionHandler(NoSuchArticle.class)
	ResponseEntity<ProblemDetail> notFound(NoSuchArticle missing) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No published article has the slug "
				+ missing.getMessage() + ".");
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(BadPage.class)
	ResponseEntity<ProblemDetail> badPage(BadPage bad) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.getMessage());
		problem.setTitle("Invalid request");
		problem.setProperty("fieldErrors", List.of(Map.of("field", "page", "message", bad.getMessage())));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private Item item(ArticleCard card) {
		return new Item(card.slug(), card.title(), card.summary(), card.author(), card.publishedAt(),
				card.updatedAt().isAfter(card.publishedAt()) ? card.updatedAt() : card.publishedAt(),
				card.readingMinutes(), card.tags().stream().map(org.backcare.content.Tag::slug).toList(),
				links.to(card.path()), card.imagePath() == null ? null : links.to(card.imagePath()), card.snippet());
	}

	private static int pageNumber(String page) {
		if (page == null || page.isBlank()) {
			return 1;
		}
		try {
			int number = Integer.parseInt(page.strip());
			if (number >= 1 && number <= 100_000) {
				return number;
			}
		}
		catch (NumberFormatException notANumber) {
			// answered below
		}
		throw new BadPage("The page is a whole number from 1, e.g. page=2.");
	}

	private static int totalPages(int total, int size) {
		return Math.max(1, (total + size - 1) / size);
	}

	static final class NoSuchArticle extends RuntimeException {

		NoSuchArticle(String slug) {
			super(slug, null, false, false);
		}
	}

	static final class BadPage extends RuntimeException {

		BadPage(String message) {
			super(message, null, false, false);
		}
	}
}
