package org.backcare.content;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backcare.platform.PublicLinks;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines and link previews read from an article page: its canonical address, the absolute image URL
 * for Open Graph, and schema.org Article and BreadcrumbList data as JSON-LD.
 */
@Component
class ArticleSeo {

	private final PublicLinks links;

	private final JsonMapper json;

	ArticleSeo(PublicLinks links, JsonMapper json) {
		this.links = links;
		this.json = json;
	}

	Seo of(Article article) {
		String canonical = links.to("/articles/" + article.slug());
		String image = article.imagePath() == null ? null : links.to(article.imagePath());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Article");
		data.put("headline", article.title());
		data.put("description", article.summary());
		data.put("author", ordered("@type", "Person", "name", article.author()));
		data.put("datePublished", iso(article.publishedAt()));
		data.put("dateModified", iso(article.lastModified()));
		data.put("mainEntityOfPage", canonical);
		if (image != null) {
			data.put("image", List.of(image));
		}
		data.put("publisher", ordered("@type", "Organization", "name", "BackCare", "logo",
				ordered("@type", "ImageObject", "url", links.to("/images/logo.svg"))));
		Map<String, Object> breadcrumbs = ordered("@context", "https://schema.org", "@type", "BreadcrumbList",
				"itemListElement", List.of(crumb(1, "Home", links.to("/")), crumb(2, "Articles", links.to("/articles")),
						crumb(3, article.title(), canonical)));
		return new Seo(canonical, image, script(data), script(breadcrumbs));
	}

	/**
	 * JSON for inside a script element: every {@code <} is written as its JSON escape, so no text of the article
	 * (a {@code </script>} in a title, say) can end the element early. JSON has no {@code <} outside strings.
	 */
	String script(Object data) {
		return json.writeValueAsString(data).replace("<", "\\u003c");
	}

	private static Map<String, Object> crumb(int position, String name, String url) {
		return ordered("@type", "ListItem", "position", position, "name", name, "item", url);
	}

	/** Keys in the order given, so the same article always gives the same bytes (and ETag-worthy pages). */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static String iso(Instant instant) {
		return instant == null ? null : instant.toString();
	}

	/** @param imageUrl absolute, or null when the article has no lead image */
	record Seo(String canonical, String imageUrl, String articleJsonLd, String breadcrumbJsonLd) {
	}
}
