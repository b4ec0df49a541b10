package org.backcare.content;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.backcare.platform.FooterSection;
import org.backcare.platform.Page;
import org.backcare.platform.PracticeSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Article pages as a visitor without a session sees them, rendered once per stamp (revision and library
 * version): such a page is the same for everyone (no name, no form token), so a page view is one small query
 * and a copy of bytes. A visitor with a session or a query string gets the page rendered as usual.
 */
@Component
class AnonymousPages {

	private final TemplateEngine templates;

	private final PracticeSettings practice;

	private final ObjectProvider<FooterSection> footer;

	private final ArticleSections sections;

	private final Lru<Stamp, byte[]> pages = new Lru<>(100);

	AnonymousPages(TemplateEngine templates, PracticeSettings practice, ObjectProvider<FooterSection> footer,
			ArticleSections sections) {
		this.templates = templates;
		this.practice = practice;
		this.footer = footer;
		this.sections = sections;
	}

	byte[] article(Stamp stamp, Supplier<ArticleView> view) {
		return pages.get(stamp, () -> {
			var page = new Page("/articles/" + stamp.slug(), null, null, Page.Viewer.ANONYMOUS, practice.timeZone(),
					footer.orderedStream().map(FooterSection::content).toList());
			ArticleView shown = view.get();
			var output = new StringOutput();
			templates.render("content/article.jte",
					Map.of("page", page, "view", shown, "sections", sections.of(shown.article())), output);
			return output.toString().getBytes(StandardCharsets.UTF_8);
		});
	}
}
