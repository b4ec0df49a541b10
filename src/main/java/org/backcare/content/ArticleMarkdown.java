package org.backcare.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns an author's Markdown (CommonMark with tables) into the HTML readers see, and only then sanitises it: an
 * author's account can be stolen, so nothing in an article may run script. Also lists the sections for the table
 * of contents and counts the words for the reading time. Pure: no Spring, no database.
 */
final class ArticleMarkdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
			HeadingAnchorExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.nodeRendererFactory(FigureRenderer::new)
		.build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private static final Pattern ANCHOR = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h2", "h3", "h4", "strong", "em", "code", "pre", "blockquote", "ul", "ol",
				"li", "a", "img", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td")
		.allowAttributes("id").matching(ANCHOR).onElements("h2", "h3", "h4")
		.allowAttributes("href").onElements("a")
		.allowAttributes("src", "alt", "title").onElements("img")
		.allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
		.allowAttributes("start").matching(Pattern.compile("[0-9]{1,4}")).onElements("ol")
		.allowStandardUrlProtocols()
		.requireRelsOnLinks("noopener")
		.toFactory();

	// The page's title is its only h1: the sanitiser keeps just the text of an author's level-1 heading.
	private static final Set<Integer> CONTENTS_LEVELS = Set.of(2, 3);

	private ArticleMarkdown() {
	}

	static Rendered render(String markdown) {
		Node document = PARSER.parse(markdown);
		String html = POLICY.sanitize(HTML.render(document));
		List<Section> sections = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				if (CONTENTS_LEVELS.contains(heading.getLevel())) {
					sections.add(new Section(heading.getLevel(), TEXT.render(heading).strip()));
				}
			}
		});
		return new Rendered(html, withAnchors(sections, html), words(TEXT.render(document)));
	}

	/** The ids the anchor extension gave the headings, in order, so the contents link to them. */
	private static List<Section> withAnchors(List<Section> sections, String html) {
		var ids = Pattern.compile("<h[23] id=\"([^\"]+)\"").matcher(html);
		List<Section> linked = new ArrayList<>();
		for (Section section : sections) {
			linked.add(ids.find() ? section.withAnchor(ids.group(1)) : section);
		}
		return linked;
	}

	private static int words(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
	}

	/** Sanitised HTML, the contents (level 2 and 3 headings) and the number of words. */
	record Rendered(String html, List<Section> sections, int words) {

		/** At 200 words a minute, never less than one minute. */
		int readingMinutes() {
			return Math.max(1, Math.round(words / 200f));
		}
	}

	record Section(int level, String title, String anchor) {

		Section(int level, String title) {
			this(level, title, null);
		}

		Section withAnchor(String id) {
			return new Section(level, title, id);
		}
	}

	/** The plain text inside a node, such as an image's description. */
	static String textOf(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text t) {
				text.append(t.getLiteral());
			}
		});
		return text.toString();
	}
}
