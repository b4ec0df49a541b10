package org.backcare.content;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@BrowserTest
class ArticleBrowserTests {

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void samples() {
		TestArticles.loadSamples(context);
	}

	@Test
	void readsAnArticleAndJumpsToASectionFromTheContents(Page page) {
		page.navigate("/articles/" + TestArticles.HEAT_OR_COLD);

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Heat or cold for a sore lower back").setLevel(1)))
			.isVisible();
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("A heat pack wrapped in a towel resting on a lower back")))
			.isVisible();
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Contents"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Who should not"))
			.click();

		Assertions.assertThat(page.url()).endsWith("#who-should-not");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Who should not").setLevel(2)))
			.isInViewport();
		// htmx swaps the link to the comments page for the comments and their form
		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Comments"))
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Post comment")))
			.isVisible();
		screenshot(page, "article");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void searchesForSciaticaFromTheHeaderAndOpensTheResult(Page page) {
		page.navigate("/");

		page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search articles")).fill("sciatica");
		page.getByRole(AriaRole.SEARCH).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Search")).first().click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Search results for “sciatica”");
		assertThat(page.locator(".article-card__snippet mark").first()).isVisible();
		screenshot(page, "search");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sciatica: when back pain travels down the leg")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sciatica: when back pain travels down the leg").setLevel(1)))
			.isVisible();
	}

	@Test
	void browsesTheListByTopicAndPage(Page page) {
		String tag = "browse-" + TestArticles.uniqueWord();
		for (int i = 1; i <= 12; i++) {
			TestArticles.article("Browsing article " + i).tag(tag).publishedAt(Instant.now().minus(i, ChronoUnit.MINUTES)).add(context);
		}
		page.navigate("/articles?tag=" + tag);

		assertThat(page.locator(".article-card")).hasCount(10);
		screenshot(page, "articles");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page")).click();

		assertThat(page.locator(".article-card")).hasCount(2);
		assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Article pages"))
			.locator("[aria-current=page]")).hasText("Page 2");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Browsing article 12")).click();
		page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Topics")).getByRole(AriaRole.LINK).first().click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Articles about browse ");
	}

	@Test
	void anEmptySearchPageAndTheFullListHaveNoAccessibilityProblems(Page page) {
		page.navigate("/articles/search");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.navigate("/articles");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.setViewportSize(320, 640);
		page.navigate("/articles/" + TestArticles.HEAT_OR_COLD);
		screenshot(page, "article_320");
		Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling at 320px")
			.isTrue();
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "content_" + name + ".png")));
	}
}
