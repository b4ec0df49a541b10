package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ArticleFileTest {

	private static final String FILE = """
			---
			title: Sciatica: when pain travels down the leg
			slug: sciatica-explained
			summary: "What it is, and when to see a doctor."
			author: Dana Whitfield
			published: 2026-10-05
			updated: 2026-11-02
			tags: sciatica, red-flags
			techniques: swedish, hip-and-glute
			products: [wheat-heat-pack]
			image: /images/articles/leg.svg
			image_alt: A line down one leg
			image_caption: The nerve's path
			---
			Intro.

			## Section
			Text.
			""";

	@Test
	void readsEveryFieldOfTheFrontMatterAndKeepsTheBody() {
		ArticleFile file = ArticleFile.parse(FILE);

		assertThat(file.title()).isEqualTo("Sciatica: when pain travels down the leg");
		assertThat(file.slug()).isEqualTo("sciatica-explained");
		assertThat(file.summary()).isEqualTo("What it is, and when to see a doctor.");
		assertThat(file.author()).isEqualTo("Dana Whitfield");
		assertThat(file.published()).isEqualTo(LocalDate.of(2026, 10, 5));
		assertThat(file.updated()).isEqualTo(LocalDate.of(2026, 11, 2));
		assertThat(file.tags()).containsExactly("sciatica", "red-flags");
		assertThat(file.techniques()).containsExactly("swedish", "hip-and-glute");
		assertThat(file.products()).containsExactly("wheat-heat-pack");
		assertThat(file.image()).isEqualTo("/images/articles/leg.svg");
		assertThat(file.imageAlt()).isEqualTo("A line down one leg");
		assertThat(file.imageCaption()).isEqualTo("The nerve's path");
		assertThat(file.body()).startsWith("Intro.").contains("## Section");
	}

	@Test
	void optionalFieldsMayBeLeftOut() {
		ArticleFile file = ArticleFile.parse(FILE.replaceAll("(?m)^(updated|tags|techniques|products|image\\w*):.*\\n", ""));

		assertThat(file.updated()).isNull();
		assertThat(file.tags()).isEmpty();
		assertThat(file.image()).isNull();
	}

	@Test
	void namesWhatIsMissingOrMalformed() {
		assertThatThrownBy(() -> ArticleFile.parse(FILE.replace("author: Dana Whitfield\n", "")))
			.hasMessageContaining("author");
		assertThatThrownBy(() -> ArticleFile.parse(FILE.replace("2026-10-05", "5 October 2026")))
			.hasMessageContaining("published");
		assertThatThrownBy(() -> ArticleFile.parse(FILE.replace("sciatica-explained", "Sciatica Explained")))
			.hasMessageContaining("slug");
		assertThatThrownBy(() -> ArticleFile.parse("# Just Markdown")).hasMessageContaining("front matter");
	}
}
