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

@BackCareTest
class ArticlesApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void samples() {
		TestArticles.loadSamples(context);
	}

	@Test
	void listsPublishedArticlesByTagWithoutSigningIn() {
		var answer = new WebSession(port).getJson("/api/v1/articles?tag=sciatica", null);

		assertThat(answer.status()).isEqualTo(200);
		var json = answer.json();
		assertThat(json.path("page").asInt()).isEqualTo(1);
		assertThat(json.path("totalPages").asInt()).isEqualTo(1);
		var item = json.path("items").get(0);
		assertThat(item.path("slug").asString()).isEqualTo(TestArticles.SCIATICA);
		assertThat(item.path("title").asString()).isEqualTo("Sciatica: when back pain travels down the leg");
		assertThat(item.path("author").asString()).isEqualTo("Dana Whitfield");
		assertThat(item.path("publishedAt").asString()).isEqualTo("2026-10-05T09:00:00Z");
		assertThat(item.path("updatedAt").asString()).isEqualTo("2026-11-02T09:00:00Z");
		assertThat(item.path("readingMinutes").asInt()).isEqualTo(1);
		assertThat(item.path("tags").toString()).isEqualTo("[\"red-flags\",\"sciatica\"]");
		assertThat(item.path("url").asString()).isEqualTo("http://localhost:" + port + "/articles/" + TestArticles.SCIATICA);
		assertThat(item.path("imageUrl").asString()).isEqualTo("http://localhost:" + port + "/images/hero-back.svg");
		assertThat(item.path("snippet").isNull()).isTrue();
	}

	@Test
	void searchesWithHighlightedSnippetsBestMatchFirst() {
		String word = TestArticles.uniqueWord();
		String inBody = TestArticles.article("Plain").body("Here is " + word + " <em>inside</em>.").add(context);
		String inTitle = TestArticles.article("The " + word + " article").add(context);

		var json = new WebSession(port).getJson("/api/v1/articles?q=" + word, null).json();

		assertThat(json.path("total").asInt()).isEqualTo(2);
		assertThat(json.path("items").get(0).path("slug").asString()).isEqualTo(inTitle);
		assertThat(json.path("items").get(1).path("slug").asString()).isEqualTo(inBody);
		assertThat(json.path("items").get(1).path("snippet").asString()).contains("<mark>" + word + "</mark>")
			.doesNotContain("<em>");
	}

	@Test
	void oneArticleComesWithItsSanitisedHtmlSectionsAndRelatedArticles() {
		var answer = new WebSession(port).getJson("/api/v1/articles/" + TestArticles.HEAT_OR_COLD, null);

		assertThat(answer.status()).isEqualTo(200);
		var json = answer.json();
		assertThat(json.path("title").asString()).isEqualTo("Heat or cold for a sore lower back");
		assertThat(json.path("html").asString()).contains("<h2 id=\"heat\">Heat</h2>", "<figure>", "<table>");
		assertThat(json.path("sections").get(0).path("anchor").asString()).isEqualTo("heat");
		assertThat(json.path("sections").size()).isEqualTo(4);
		assertThat(json.path("related").get(0).path("slug").asString()).isEqualTo(TestArticles.DESK);
		assertThat(json.path("techniques").get(0).asString()).isEqualTo("swedish");
		assertThat(json.path("products").toString()).contains("wheat-heat-pack", "gel-cold-pack");
	}

	@Test
	void anUnknownOrUnpublishedSlugIsAProblem404() {
		String scheduled = TestArticles.article("Not yet").publishedAt(Instant.now().plus(1, ChronoUnit.DAYS)).add(context);
		var api = new WebSession(port);

		for (String slug : new String[] { "no-such-article-here", scheduled }) {
			var answer = api.getJson("/api/v1/articles/" + slug, null);
			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.mediaType()).isEqualTo("application/problem+json");
			assertThat(answer.json().path("status").asInt()).isEqualTo(404);
		}
	}

	@Test
	void aBadPageNumberIsAProblem400NamingTheField() {
		var api = new WebSession(port);

		for (String page : new String[] { "0", "-1", "two", "99999999999" }) {
			var answer = api.getJson("/api/v1/articles?page=" + page, null);
			assertThat(answer.status()).as(page).isEqualTo(400);
			assertThat(answer.mediaType()).isEqualTo("application/problem+json");
			assertThat(answer.json().path("fieldErrors").get(0).path("field").asString()).isEqualTo("page");
		}
	}
}
