package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@BackCareTest
class ArticleSearchWebTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aMatchInTheTitleRanksAboveOneInTheSummaryAboveOneInTheBody() {
		String word = TestArticles.uniqueWord();
		String inBody = TestArticles.article("Body match").body("Long text that mentions " + word + " once.").add(context);
		String inTitle = TestArticles.article("All about " + word).add(context);
		String inSummary = TestArticles.article("Summary match").summary("Why " + word + " matters.").add(context);

		var results = new WebSession(port).get("/articles/search?q=" + word);

		assertThat(results.status()).isEqualTo(200);
		String body = results.body();
		assertThat(body.indexOf("/articles/" + inTitle)).isPositive()
			.isLessThan(body.indexOf("/articles/" + inSummary));
		assertThat(body.indexOf("/articles/" + inSummary)).isLessThan(body.indexOf("/articles/" + inBody));
		assertThat(results.text()).contains("3 articles match");
	}

	@Test
	void snippetsMarkTheMatchAndNeverLetTheArticlesMarkupThrough() {
		String word = TestArticles.uniqueWord();
		String slug = TestArticles.article("Escaping check")
			.body("Before <script>alert('snippet')</script> the " + word + " appears, with Tom & Jerry and <b onmouseover=\"x()\">bold</b>.")
			.add(context);

		var results = new WebSession(port).get("/articles/search?q=" + word);

		assertThat(results.body()).contains("/articles/" + slug)
			.contains("<mark>" + word + "</mark>")
			.doesNotContain("<script>alert")
			.doesNotContain("<b onmouseover")
			.contains("Tom &amp; Jerry");
	}

	@Test
	void searchesTheSampleLibraryForSciatica() {
		TestArticles.loadSamples(context);

		var results = new WebSession(port).get("/articles/search?q=sciatica");

		assertThat(results.body()).contains("<a href=\"/articles/" + TestArticles.SCIATICA + "\">")
			.contains("<mark>");
		assertThat(results.body()).contains("value=\"sciatica\"");
	}

	@Test
	void anEmptyOrBlankQueryShowsAFriendlyPromptNotAnError() {
		var visitor = new WebSession(port);

		for (String path : new String[] { "/articles/search", "/articles/search?q=", "/articles/search?q=%20%20%20" }) {
			var page = visitor.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.text()).as(path).contains("Search the articles", "Type a few words above");
		}
	}

	@Test
	void aQueryWithNoMatchesOrOnlyOddCharactersSaysSoKindly() {
		var visitor = new WebSession(port);

		var none = visitor.get("/articles/search?q=" + TestArticles.uniqueWord());
		var odd = visitor.get("/articles/search?q=%22%20-%20or%20%28%29%3A%2A%21");

		assertThat(none.status()).isEqualTo(200);
		assertThat(none.text()).contains("No articles match");
		assertThat(odd.status()).isEqualTo(200);
		assertThat(odd.text()).contains("No articles match");
	}

	@Test
	void resultsComeInPages() {
		String word = TestArticles.uniqueWord();
		for (int i = 1; i <= 11; i++) {
			TestArticles.article("Result " + i + " " + word).add(context);
		}
		var visitor = new WebSession(port);

		var first = visitor.get("/articles/search?q=" + word);
		var second = visitor.get("/articles/search?q=" + word + "&page=2");

		assertThat(first.text()).contains("11 articles match");
		assertThat(first.body().split("class=\"card article-card\"")).hasSize(11);
		assertThat(first.body()).contains("href=\"/articles/search?q=" + word + "&amp;page=2\" rel=\"next\"");
		assertThat(second.body().split("class=\"card article-card\"")).hasSize(2);
		assertThat(second.body()).contains("rel=\"prev\"");
	}
}
