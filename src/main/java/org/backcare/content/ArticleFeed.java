package org.backcare.content;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.backcare.platform.PublicLinks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** An Atom 1.0 feed (RFC 4287) of the newest published articles, with their summaries. */
@Controller
class ArticleFeed {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final int ENTRIES = 20;

	private final Articles articles;

	private final PublicLinks links;

	private final Clock clock;

	ArticleFeed(Articles articles, PublicLinks links, Clock clock) {
		this.articles = articles;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/articles/feed.atom")
	ResponseEntity<String> feed() {
		Instant now = clock.instant();
		var entries = articles.listed(ENTRIES, now);
		Instant updated = entries.stream().map(Articles.Listed::lastModified).max(Instant::compareTo)
			.orElse(Instant.EPOCH);
		String xml = Xml.document(out -> {
			out.writeStartElement("feed");
			out.writeDefaultNamespace("http://www.w3.org/2005/Atom");
			Xml.element(out, "id", links.to("/articles"));
			Xml.element(out, "title", "BackCare articles");
			Xml.element(out, "subtitle", "Lower back pain, massage and self-care, from BackCare's therapists");
			Xml.element(out, "updated", atom(updated));
			link(out, "alternate", "text/html", links.to("/articles"));
			link(out, "self", "application/atom+xml", links.to("/articles/feed.atom"));
			out.writeStartElement("author");
			Xml.element(out, "name", "BackCare");
			out.writeEndElement();
			for (var entry : entries) {
				String url = links.to("/articles/" + entry.slug());
				out.writeStartElement("entry");
				// Stable whatever the slug becomes later: feed readers key entries by id.
				Xml.element(out, "id", "tag:" + links.host() + ",2026:article-" + entry.id());
				Xml.element(out, "title", entry.title());
				link(out, "alternate", "text/html", url);
				Xml.element(out, "published", atom(entry.publishedAt()));
				Xml.element(out, "updated", atom(entry.lastModified()));
				out.writeStartElement("author");
				Xml.element(out, "name", entry.author());
				out.writeEndElement();
				Xml.element(out, "summary", entry.summary());
				out.writeEndElement();
			}
			out.writeEndElement();
		});
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}

	private static void link(javax.xml.stream.XMLStreamWriter out, String rel, String type, String href)
			throws javax.xml.stream.XMLStreamException {
		out.writeEmptyElement("link");
		out.writeAttribute("rel", rel);
		out.writeAttribute("type", type);
		out.writeAttribute("href", href);
	}

	private static String atom(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}
}
