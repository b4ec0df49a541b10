package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

@BackCareTest
class ArticleSeoWebTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void samples() {
		TestArticles.loadSamples(context);
	}

	@Test
	void anArticleHasItsTitleDescriptionCanonicalAndOpenGraphTags() {
		var page = new WebSession(port).get("/articles/" + TestArticles.SCIATICA);
		String canonical = "http://localhost:" + port + "/articles/" + TestArticles.SCIATICA;

		assertThat(page.body()).contains("<title>Sciatica: when back pain travels down the leg · BackCare</title>")
			.contains("<meta name=\"description\" content=\"What it means when pain runs from the lower back")
			.contains("<link rel=\"canonical\" href=\"" + canonical + "\">")
			.contains("<meta property=\"og:type\" content=\"article\">")
			.contains("<meta property=\"og:title\" content=\"Sciatica: when back pain travels down the leg\">")
			.contains("<meta property=\"og:url\" content=\"" + canonical + "\">")
			.contains("<meta property=\"og:image\" content=\"http://localhost:" + port + "/images/hero-back.svg\">")
			.contains("<meta property=\"og:description\" content=\"What it means");
		assertThat(page.body().split("name=\"description\"")).as("one meta description").hasSize(2);
	}

	@Test
	void articleAndBreadcrumbJsonLdParseAndDescribeTheArticle() {
		var page = new WebSession(port).get("/articles/" + TestArticles.SCIATICA);

		List<JsonNode> data = jsonLd(page.body());

		assertThat(data).hasSize(2);
		JsonNode article = data.get(0);
		assertThat(article.path("@type").asString()).isEqualTo("Article");
		assertThat(article.path("headline").asString()).isEqualTo("Sciatica: when back pain travels down the leg");
		assertThat(article.path("author").path("name").asString()).isEqualTo("Dana Whitfield");
		assertThat(article.path("datePublished").asString()).isEqualTo("2026-10-05T09:00:00Z");
		assertThat(article.path("dateModified").asString()).isEqualTo("2026-11-02T09:00:00Z");
		assertThat(article.path("image").get(0).asString()).isEqualTo("http://localhost:" + port + "/images/hero-back.svg");
		JsonNode crumbs = data.get(1);
		assertThat(crumbs.path("@type").asString()).isEqualTo("BreadcrumbList");
		assertThat(crumbs.path("itemListElement").get(2).path("name").asString()).startsWith("Sciatica");
	}

	@Test
	void aTitleThatLooksLikeMarkupCannotBreakOutOfTheJsonLd() {
		// No alert( in it: other tests look for that text on pages where this article is listed as related.
		String title = "Tricky </script><script>window.broken = 1</script> title";
		String slug = TestArticles.article(title).add(context);

		var page = new WebSession(port).get("/articles/" + slug);

		assertThat(page.body()).doesNotContain("</script><script>window.broken");
		assertThat(jsonLd(page.body()).get(0).path("headline").asString()).isEqualTo(title);
	}

	@Test
	void anonymousVisitorsGetAnETagAndAConditionalRequestAnswers304() throws Exception {
		String path = "/articles/" + TestArticles.HEAT_OR_COLD;
		var first = send(path, null, null);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

		var byTag = send(path, "If-None-Match", etag);
		var byDate = send(path, "If-Modified-Since", lastModified);
		var stale = send(path, "If-None-Match", "\"a0-r0-l0\"");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(etag).matches("\"a\\d+-r1-l\\d+\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(first.headers().firstValue("Set-Cookie")).as("no session for an anonymous reader").isEmpty();
		assertThat(byTag.statusCode()).isEqualTo(304);
		assertThat(byTag.body()).isEmpty();
		assertThat(byDate.statusCode()).isEqualTo(304);
		assertThat(stale.statusCode()).isEqualTo(200);
	}

	@Test
	void signedInVisitorsAreNeverServedACachedPage() throws Exception {
		String path = "/articles/" + TestArticles.HEAT_OR_COLD;
		String etag = send(path, null, null).headers().firstValue("ETag").orElseThrow();
		var client = WebSession.signedInClient(port, "Reader", TestData.email("reader"));
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Cookie", "BACKCARE_SESSION=" + client.cookie("BACKCARE_SESSION"))
			.header("If-None-Match", etag)
			.build();

		var answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Reader");
		assertThat(answer.headers().firstValue("ETag")).isEmpty();
		assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
	}

	@Test
	void aVisitorWithASessionIsNotServedTheSharedPage() {
		var visitor = new WebSession(port);
		visitor.get("/sign-in");
		assertThat(visitor.cookie("BACKCARE_SESSION")).as("the sign-in form's token made a session").isNotNull();

		var page = visitor.get("/articles/" + TestArticles.HEAT_OR_COLD);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("ETag")).isNull();
		assertThat(page.header("Cache-Control")).contains("no-store");
	}

	@Test
	void theSitemapListsThePublicPagesAndEveryPublishedArticleWithItsDate() throws Exception {
		var answer = send("/sitemap.xml", null, null);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
		Document sitemap = xml(answer.body());
		assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		List<String> locations = texts(sitemap, "loc");
		String base = "http://localhost:" + port;
		assertThat(locations).contains(base + "/", base + "/articles", base + "/therapies", base + "/shop",
				base + "/self-care", base + "/therapies/swedish", base + "/articles/" + TestArticles.SCIATICA);
		assertThat(answer.body()).contains("<loc>" + base + "/articles/" + TestArticles.SCIATICA + "</loc><lastmod>2026-11-02</lastmod>");
	}

	@Test
	void robotsAllowsAllButThePrivateAreasAndNamesTheSitemap() throws Exception {
		var answer = send("/robots.txt", null, null);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("User-agent: *", "Allow: /", "Disallow: /admin", "Disallow: /account",
				"Disallow: /therapist", "Disallow: /api", "Sitemap: http://localhost:" + port + "/sitemap.xml");
	}

	@Test
	void theAtomFeedIsWellFormedWithEntriesAndTheirSummaries() throws Exception {
		var answer = send("/articles/feed.atom", null, null);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
		Document feed = xml(answer.body());
		Element root = feed.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(texts(feed, "title")).contains("BackCare articles", "Sciatica: when back pain travels down the leg");
		assertThat(texts(feed, "summary")).anyMatch(summary -> summary.startsWith("What it means when pain runs"));
		assertThat(feed.getElementsByTagNameNS("*", "updated").getLength()).isGreaterThan(1);
		assertThat(answer.body()).contains("rel=\"self\"", "rel=\"alternate\"", "<id>http://localhost:" + port + "/articles</id>");
	}

	private HttpResponse<String> send(String path, String header, String value) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (header != null) {
			request.header(header, value);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static List<JsonNode> jsonLd(String html) {
		Matcher scripts = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
		List<JsonNode> data = new ArrayList<>();
		while (scripts.find()) {
			data.add(WebSession.JSON.readTree(scripts.group(1)));
		}
		return data;
	}

	private static Document xml(String text) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> texts(Document document, String name) {
		var nodes = document.getElementsByTagNameNS("*", name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}
}
