package org.backcare.content;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.backcare.platform.PublicLinks;
import org.backcare.therapies.Catalogue;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What crawlers read first: robots.txt, and a sitemap of the public pages with every published article. */
@Controller
class SearchEngines {

	// The sitemap protocol's limit for one file; far beyond any practice's library.
	private static final int MOST_URLS = 50_000;

	private static final List<String> PAGES = List.of("/", "/articles", "/therapies", "/shop", "/self-care");

	private final Articles articles;

	private final Catalogue catalogue;

	private final PublicLinks links;

	private final Clock clock;

	SearchEngines(Articles articles, Catalogue catalogue, PublicLinks links, Clock clock) {
		this.articles = articles;
		this.catalogue = catalogue;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String text = """
				User-agent: *
				Allow: /
				Disallow: /admin
				Disallow: /account
				Disallow: /therapist
				Disallow: /api
				Sitemap: %s
				""".formatted(links.to("/sitemap.xml"));
		return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(text);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		Instant now = clock.instant();
		var listed = articles.listed(MOST_URLS, now);
		String xml = Xml.document(out -> {
			out.writeStartElement("urlset");
			out.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
			for (String page : PAGES) {
				url(out, links.to(page), null);
			}
			for (var technique : catalogue.techniques()) {
				url(out, links.to("/therapies/" + technique.slug()), null);
			}
			for (var article : listed) {
				url(out, links.to("/articles/" + article.slug()), article.lastModified());
			}
			out.writeEndElement();
		});
		return ResponseEntity.ok().contentType(new MediaType("application", "xml", StandardCharsets.UTF_8)).body(xml);
	}

	private static void url(javax.xml.stream.XMLStreamWriter out, String location, Instant lastModified)
			throws javax.xml.stream.XMLStreamException {
		out.writeStartElement("url");
		Xml.element(out, "loc", location);
		if (lastModified != null) {
			Xml.element(out, "lastmod", LocalDate.ofInstant(lastModified, ZoneOffset.UTC).toString());
		}
		out.writeEndElement();
	}
}
