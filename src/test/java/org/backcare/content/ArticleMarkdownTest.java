package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleMarkdownTest {

	@Test
	void rendersSectionsWithAnchorsForTheContents() {
		var rendered = ArticleMarkdown.render("""
				Intro.

				## What lordosis is
				Text.

				### Signs to look for
				More.
				""");

		assertThat(rendered.html()).contains("<h2 id=\"what-lordosis-is\">What lordosis is</h2>");
		assertThat(rendered.sections()).extracting(ArticleMarkdown.Section::anchor)
			.containsExactly("what-lordosis-is", "signs-to-look-for");
	}

	@Test
	void anImageWithATitleBecomesAFigureWithACaption() {
		var rendered = ArticleMarkdown.render("![A roller under the thigh](/images/articles/roller.svg \"Roll slowly\")");

		assertThat(rendered.html()).contains("<figure>").contains("alt=\"A roller under the thigh\"")
			.contains("<figcaption>Roll slowly</figcaption>").doesNotContain("<p><figure>");
	}

	@Test
	void tablesRenderAndTightListsStayTight() {
		var rendered = ArticleMarkdown.render("""
				| Heat | Cold |
				|------|------|
				| stiff | new strain |

				- one
				- two
				""");

		assertThat(rendered.html()).contains("<table>").contains("<td>stiff</td>").contains("<li>one</li>");
	}

	@Test
	void nothingAnAuthorWritesCanRunScript() {
		var rendered = ArticleMarkdown.render("""
				<script>alert(1)</script>
				[click](javascript:alert(2)) <img src=x onerror=alert(3)>
				<a href="https://example.org" onclick="alert(4)">ok</a>
				""");

		assertThat(rendered.html()).doesNotContain("<script").doesNotContain("javascript:")
			.doesNotContain("onerror").doesNotContain("onclick");
	}

	@Test
	void readingTimeIsAtLeastOneMinuteAt200WordsAMinute() {
		assertThat(ArticleMarkdown.render("Short.").readingMinutes()).isEqualTo(1);
		assertThat(ArticleMarkdown.render("word ".repeat(1000)).readingMinutes()).isEqualTo(5);
	}
}
