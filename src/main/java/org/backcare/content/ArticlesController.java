package org.backcare.content;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The public article pages: the list (by tag, in pages), one article, and search. */
@Controller
class ArticlesController {

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final Articles articles;

	private final ArticleViews views;

	private final ArticleSearch search;

	private final AnonymousPages anonymousPages;

	private final ArticleSections sections;

	private final ContentSettings settings;

	private final Clock clock;

	ArticlesController(Articles articles, ArticleViews views, ArticleSearch search, AnonymousPages anonymousPages,
			ArticleSections sections, ContentSettings settings, Clock clock) {
		this.anonymousPages = anonymousPages;
		this.sections = sections;
		this.articles = articles;
		this.views = views;
		this.search = search;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/articles")
	ModelAndView list(@RequestParam(required = false) String tag, @RequestParam(defaultValue = "1") int page) {
		Instant now = clock.instant();
		Tag chosen = tag == null || tag.isBlank() ? null
				: articles.tag(tag.strip()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String tagSlug = chosen == null ? null : chosen.slug();
		Pager pager = Pager.of("/articles", page, articles.countPublished(tagSlug, now), settings.pageSize(), "tag",
				tagSlug);
		requireOnPager(page, pager);
		return new ModelAndView("content/articles", Map.of("articles",
				articles.published(tagSlug, page, settings.pageSize(), now), "tags", articles.tagsInUse(now), "tag",
				chosen == null ? new Tag("", "") : chosen, "pager", pager));
	}

	/**
	 * Visitors get only published articles (anything else is a 404, as if it did not exist); an admin may preview
	 * drafts, scheduled and unpublished ones. Pages for visitors without a session (so not signed in, no cart)
	 * are the same for everyone, so they carry an ETag and Last-Modified, answer a matching conditional request
	 * with 304, and are rendered once per stamp.
	 */
	@GetMapping("/articles/{slug}")
	Object article(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
		Instant now = clock.instant();
		Stamp stamp = articles.stamp(slug).orElse(null);
		if (stamp == null) {
			return articles.renamedFrom(slug)
				.map(current -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
					.location(URI.create("/articles/" + current))
					.build())
				.orElseThrow(ArticlesController::notFound);
		}
		if (!stamp.visibleAt(now)) {
			if (!request.isUserInRole("ADMIN")) {
				throw notFound();
			}
			return page(views.of(articles.withSlug(slug).orElseThrow(ArticlesController::notFound), now));
		}
		if (request.getUserPrincipal() == null && request.getSession(false) == null) {
			if (new ServletWebRequest(request, response).checkNotModified(stamp.etag(), stamp.lastModifiedMillis())) {
				return null;
			}
			// Revalidate every time; the Vary keeps shared caches from serving this page to a signed-in visitor.
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			response.addHeader(HttpHeaders.VARY, "Cookie");
			if (request.getQueryString() == null) {
				byte[] html = anonymousPages.article(stamp,
						() -> views.published(stamp, now).orElseThrow(ArticlesController::notFound));
				return ResponseEntity.ok().contentType(HTML).body(html);
			}
		}
		return page(views.published(stamp, now).orElseThrow(ArticlesController::notFound));
	}

	private ModelAndView page(ArticleView view) {
		return new ModelAndView("content/article", Map.of("view", view, "sections", sections.of(view.article())));
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	@GetMapping("/articles/search")
	ModelAndView search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page) {
		String words = ArticleSearch.words(q);
		if (words.isEmpty()) {
			return new ModelAndView("content/search", Map.of("q", "", "results",
					new ArticleSearch.Results(List.of(), 0), "pager", Pager.of("/articles/search", 1, 0, 1)));
		}
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		var results = search.search(words, page, settings.pageSize(), clock.instant());
		Pager pager = Pager.of("/articles/search", page, results.total(), settings.pageSize(), "q", words);
		return new ModelAndView("content/search", Map.of("q", words, "results", results, "pager", pager));
	}

	private static void requireOnPager(int page, Pager pager) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (page > pager.totalPages()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
