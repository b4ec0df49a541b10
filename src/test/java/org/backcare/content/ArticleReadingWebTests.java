package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class ArticleReadingWebTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void samples() {
		TestArticles.loadSamples(context);
	}

	@Test
	void anArticleShowsItsTextContentsFigureLinksAndTheCommentsSection() {
		var page = new WebSession(port).get("/articles/" + TestArticles.HEAT_OR_COLD);

		assertThat(page.status()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("<h1>Heat or cold for a sore lower back</h1>")
			.contains("<nav class=\"article__contents\" aria-label=\"Contents\">")
			.contains("<a href=\"#heat\">Heat</a>", "<a href=\"#heat-and-cold-side-by-side\">")
			.contains("<h2 id=\"heat\">Heat</h2>")
			.contains("<figcaption>Always wrap a heat pack in a thin towel.</figcaption>")
			.contains("<figcaption>Fifteen to twenty minutes is enough</figcaption>")
			.contains("<table>")
			.contains("href=\"/therapies/swedish\"")
			.contains("href=\"/shop/products/wheat-heat-pack\"", "href=\"/shop/products/gel-cold-pack\"")
			.contains("href=\"/book\"")
			.contains("<section id=\"comments\" aria-labelledby=\"comments-heading\" hx-get=\"/articles/"
					+ TestArticles.HEAT_OR_COLD + "/comments\" hx-trigger=\"load\" hx-swap=\"innerHTML\">")
			.contains("<h2 id=\"comments-heading\">Comments</h2>")
			.contains("<a href=\"/articles/" + TestArticles.HEAT_OR_COLD + "/comments\">Read the comments and leave one</a>");
		assertThat(page.text()).contains("By Maya Okafor", "Published 14 Sep 2026", "min read", "Care that fits",
				"Swedish", "Products mentioned", "Related articles", "Self-care");
		// Related: the desk article shares the self-care tag; it comes before articles sharing none.
		assertThat(page.find("id=\"related-heading\"[\\s\\S]*?href=\"/articles/([a-z0-9-]+)\"")).isEqualTo(TestArticles.DESK);
	}

	@Test
	void anArticleEditedAfterPublicationShowsBothDates() {
		var page = new WebSession(port).get("/articles/" + TestArticles.SCIATICA);

		assertThat(page.text()).contains("Published 5 Oct 2026", "Updated 2 Nov 2026");
	}

	@Test
	void anArticleWithOneSectionHasNoTableOfContents() {
		var page = new WebSession(port).get("/articles/" + TestArticles.DESK);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("aria-label=\"Contents\"");
	}

	@Test
	void unknownSlugsAnswerTheNotFoundPage() {
		var page = new WebSession(port).get("/articles/no-such-article-anywhere");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("We can't find that page");
	}

	@Test
	void anOldSlugRedirectsPermanentlyToTheArticlesCurrentOne() {
		String old = "old-" + TestArticles.uniqueWord();
		jdbc.sql("insert into content_slug_redirects (old_slug, article_id) select :old, id from content_articles where slug = :slug")
			.param("old", old).param("slug", TestArticles.SCIATICA).update();

		var answer = new WebSession(port).get("/articles/" + old);

		assertThat(answer.status()).isEqualTo(301);
		assertThat(answer.location()).isEqualTo("/articles/" + TestArticles.SCIATICA);
	}

	@Test
	void draftsScheduledAndUnpublishedArticlesAreHiddenFromVisitors() {
		String tag = "hidden-" + TestArticles.uniqueWord();
		String draft = TestArticles.article("A draft").tag(tag).publishedAt(null).add(context);
		String scheduled = TestArticles.article("Coming next week").tag(tag)
			.publishedAt(Instant.now().plus(7, ChronoUnit.DAYS)).add(context);
		String unpublished = TestArticles.article("Taken down").tag(tag)
			.unpublishedAt(Instant.now().minusSeconds(60)).add(context);
		String published = TestArticles.article("Out now").tag(tag).add(context);
		var visitor = new WebSession(port);

		for (String slug : new String[] { draft, scheduled, unpublished }) {
			assertThat(visitor.get("/articles/" + slug).status()).as(slug).isEqualTo(404);
			assertThat(visitor.getJson("/api/v1/articles/" + slug, null).status()).as(slug).isEqualTo(404);
		}
		assertThat(visitor.get("/articles/" + published).status()).isEqualTo(200);
		var list = visitor.get("/articles?tag=" + tag);
		assertThat(list.body()).contains("/articles/" + published).doesNotContain(draft, scheduled, unpublished);
	}

	@Test
	void anAdminPreviewsUnpublishedArticlesUnderABanner() {
		String draft = TestArticles.article("A draft to preview").publishedAt(null).add(context);
		String scheduled = TestArticles.article("Scheduled to preview")
			.publishedAt(Instant.now().plus(2, ChronoUnit.DAYS)).add(context);
		var admin = WebSession.signedInAdmin(port);

		var draftPage = admin.get("/articles/" + draft);
		var scheduledPage = admin.get("/articles/" + scheduled);

		assertThat(draftPage.status()).isEqualTo(200);
		assertThat(draftPage.text()).contains("Preview: this article is a draft. Visitors cannot see it.");
		assertThat(draftPage.body()).contains("<meta name=\"robots\" content=\"noindex\">");
		assertThat(scheduledPage.text()).contains("Preview: this article is scheduled for");
		assertThat(admin.get("/articles/" + TestArticles.SCIATICA).text()).doesNotContain("Preview:");
	}

	@Test
	void theListFiltersByTagAndPagesWithPreviousAndNextLinks() {
		String tag = "paging-" + TestArticles.uniqueWord();
		for (int i = 1; i <= 12; i++) {
			TestArticles.article("Paged article " + i).tag(tag).publishedAt(Instant.now().minus(i, ChronoUnit.HOURS)).add(context);
		}
		var visitor = new WebSession(port);

		var first = visitor.get("/articles?tag=" + tag);
		var second = visitor.get("/articles?tag=" + tag + "&page=2");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().split("class=\"card article-card\"")).hasSize(11);
		assertThat(first.text()).contains("Paged article 1 ", "Paged article 10 ").doesNotContain("Paged article 11 ");
		assertThat(first.body()).contains("href=\"/articles?tag=" + tag + "&amp;page=2\" rel=\"next\"")
			.contains("href=\"/articles?tag=" + tag + "\" aria-current=\"page\"")
			.doesNotContain("rel=\"prev\"");
		assertThat(second.text()).contains("Paged article 11 ", "Paged article 12 ").doesNotContain("Paged article 10 ");
		assertThat(second.body()).contains("href=\"/articles?tag=" + tag + "\" rel=\"prev\"")
			.contains("page=2\" aria-current=\"page\"")
			.doesNotContain("rel=\"next\"");
		assertThat(visitor.get("/articles?tag=" + tag + "&page=3").status()).isEqualTo(404);
		assertThat(visitor.get("/articles?tag=no-such-tag-here").status()).isEqualTo(404);
		assertThat(visitor.get("/articles?page=abc").status()).isEqualTo(400);
	}

	@Test
	void theListShowsCardsWithImageTitleSummaryAuthorDateReadingTimeAndTags() {
		var list = new WebSession(port).get("/articles?tag=sciatica");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("<img class=\"article-card__image\" src=\"/images/hero-back.svg\" alt=\"Outline of a person")
			.contains("<a href=\"/articles/" + TestArticles.SCIATICA + "\">Sciatica: when back pain travels down the leg</a>")
			.contains("<a href=\"/articles?tag=red-flags\">Red flags</a>")
			.contains("aria-current=\"page\">Sciatica</a>");
		assertThat(list.text()).contains("By Dana Whitfield", "5 Oct 2026", "1 min read", "What it means when pain runs");
	}

	@Test
	void everyPageHasALabelledSearchBoxInTheHeader() {
		var home = new WebSession(port).get("/");

		assertThat(home.body()).contains("<form class=\"site-search\" role=\"search\" method=\"get\" action=\"/articles/search\">")
			.contains("<label for=\"site-search-q\" class=\"visually-hidden\">Search articles</label>")
			.contains("<input type=\"search\" id=\"site-search-q\" name=\"q\"")
			.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"BackCare articles\" href=\"/articles/feed.atom\">");
	}
}
