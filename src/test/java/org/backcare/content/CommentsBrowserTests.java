package org.backcare.content;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class CommentsBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FormStamps stamps;

	Newsroom news;

	@BeforeEach
	void setUp() {
		news = new Newsroom(jdbc, stamps);
	}

	@Test
	void aCommentWaitsForModerationAndAppearsOnceTheAdminApprovesIt(Page page) {
		String slug = news.article("What is lower back pain?");
		long top = news.comment(slug, null, "Rosa", TestData.email("rosa"), "Clear and kind, thank you.",
				CommentStatus.APPROVED);
		news.comment(slug, top, "Dana", TestData.ADMIN_EMAIL, "Thank you, Rosa.", CommentStatus.APPROVED);
		jdbc.sql("update content_comments set by_practice = true, author_name = 'BackCare' where parent_id = ?").param(top).update();

		page.navigate("/articles/" + slug);
		// the article page loads its comments and the form with htmx
		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Comments"))).containsText("Thank you, Rosa.");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "content_comments.png")));
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByLabel("Your name").fill("Marta");
		page.getByLabel("Email address").fill(TestData.email("marta"));
		page.getByLabel("Your comment").fill("Is it normal for the pain to move sides?\nIt changes day to day.");
		page.waitForTimeout(3200); // the form's minimum time on the page (backcare.content.comment-min-time-on-page)
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("your comment is awaiting moderation");
		assertThat(page.locator(".comment-list")).not().containsText("Is it normal for the pain to move sides?");

		var admin = page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setBaseURL(page.url().replaceAll("(https?://[^/]+).*", "$1"))
			.setExtraHTTPHeaders(java.util.Map.of("X-Forwarded-For", TestData.ip())));
		try {
			Page adminPage = admin.newPage();
			Visitor.signInAsAdmin(adminPage);
			adminPage.navigate("/admin/comments");
			var item = adminPage.getByRole(AriaRole.LISTITEM).filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("Is it normal for the pain to move sides?"));
			assertThat(item).containsText("Marta on What is lower back pain?");
			Assertions.assertThat(Browser.seriousAccessibilityProblems(adminPage)).isEmpty();
			adminPage.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", "content_moderation.png")));
			item.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Approve: Marta's comment"))
				.click();
			assertThat(adminPage.getByRole(AriaRole.STATUS)).containsText("Marta's comment is now: Approved.");
		}
		finally {
			admin.close();
		}

		page.navigate("/articles/" + slug);
		assertThat(page.locator(".comment-list")).containsText("Is it normal for the pain to move sides?");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Marta").setLevel(3))).isVisible();
	}

	@Test
	void aReaderRepliesToACommentFromItsReplyLink(Page page) {
		String slug = news.article("Heat or cold");
		news.comment(slug, null, "Owen", TestData.email("owen"), "Heat helps me.", CommentStatus.APPROVED);
		page.navigate("/articles/" + slug + "/comments");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reply to Owen")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reply to Owen"))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
