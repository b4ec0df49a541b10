package org.backcare.content;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;

@BrowserTest
class ArticleAuthoringBrowserTests {

	private static final String ANY_HANDLER = """
			selector => [...document.querySelectorAll(selector + ' *')]
			    .some(element => [...element.attributes].some(attribute => attribute.name.startsWith('on')))""";

	@Test
	void anArticleFullOfScriptPreviewsLiveIsPublishedAndNothingInItRuns(Page page) {
		List<String> dialogs = new CopyOnWriteArrayList<>();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		Visitor.signInAsAdmin(page);
		page.navigate("/admin/articles/new");
		String title = Authoring.uniqueTitle("Payloads");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
		page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true)).fill("Nothing here may run.");
		var body = page.getByLabel("Article text (Markdown)");
		body.fill(XssPayloads.article());
		body.pressSequentially("\n## Typed last", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));

		var preview = page.locator("#preview-body");
		assertThat(preview.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Typed last")))
			.isVisible();
		assertThat(preview.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Safe heading")))
			.isVisible();
		assertThat(preview.locator("script")).hasCount(0);
		Assertions.assertThat((Boolean) page.evaluate(ANY_HANDLER, "#preview-body")).isFalse();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved as a draft (revision 1).");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Published");
		String slug = page.getByLabel("Slug", new Page.GetByLabelOptions().setExact(true)).inputValue();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Preview as readers will see it")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setLevel(1))).isVisible();
		assertThat(page.locator("#article-body h2").first()).hasText("Safe heading");
		assertThat(page.locator("#article-body script")).hasCount(0);
		Assertions.assertThat((Boolean) page.evaluate(ANY_HANDLER, "#article-body")).isFalse();
		Assertions.assertThat((Boolean) page.evaluate(
				"[...document.querySelectorAll('#article-body a')].some(a => a.protocol === 'javascript:')")).isFalse();

		page.navigate("/articles/" + slug); // the public page, as readers get it
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setLevel(1))).isVisible();
		assertThat(page.locator(".article__body")).hasCount(1);
		assertThat(page.locator(".article__body h2").first()).hasText("Safe heading");
		assertThat(page.locator(".article__body script")).hasCount(0);
		Assertions.assertThat((Boolean) page.evaluate(ANY_HANDLER, ".article__body")).isFalse();
		Assertions.assertThat(page.locator(".article__body").innerHTML()).doesNotContain("alert(");
		page.waitForTimeout(500);
		Assertions.assertThat(dialogs).as("no script ran").isEmpty();
	}

	@Test
	void anAdminUploadsAnImageWritesAnArticleWithItAndEveryPageIsAccessible(Page page) {
		Visitor.signInAsAdmin(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin").setExact(true)).click();
		page.locator("main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("Articles").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Articles").setLevel(1))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Images for articles")).click();
		page.getByLabel("Image file").setInputFiles(new FilePayload("Back stretch.svg", "image/svg+xml", ArticleImagesWebTests.SVG));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uploaded back-stretch.svg");
		String snippet = page.getByRole(AriaRole.STATUS).locator("code").textContent()
			.replace("describe the image", "A person stretching their lower back").replace("caption", "Stretch gently");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.navigate("/admin/articles/new");
		String title = Authoring.uniqueTitle("Stretching after sitting");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
		page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true)).fill("Three gentle stretches for the end of a desk day.");
		page.getByLabel("Tags").fill("Sitting all day, Stretching");
		page.getByLabel("Article text (Markdown)").fill("## Why move\n\nSitting still stiffens the back.\n\n" + snippet
				+ "\n\n### The stretches\n\n| Stretch | Hold |\n|---|---|\n| Knee hug | 20 s |\n");
		page.getByLabel("Article text (Markdown)").press("End");
		assertThat(page.locator("#preview-body figcaption")).hasText("Stretch gently");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved as a draft");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "content_admin-article.png")));
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Preview as readers will see it")).click();
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("A person stretching their lower back")))
			.isVisible();
		Assertions.assertThat((Boolean) page.evaluate(
				"document.querySelector('#article-body img').naturalWidth > 0")).as("the uploaded image loads").isTrue();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.navigate("/admin/articles");
		assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title)))
			.containsText("Draft");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
