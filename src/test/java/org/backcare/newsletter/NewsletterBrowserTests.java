package org.backcare.newsletter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class NewsletterBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Subscribers subscribers;

	@Autowired
	NewsletterLinks links;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SendRuns runs;

	@Test
	void subscribesFromTheFooterConfirmsFromTheEmailGetsADigestAndUnsubscribesFromIt(Page page) throws Exception {
		String email = TestData.email("browser");
		page.navigate("/");
		Locator footer = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("The BackCare newsletter"));
		footer.getByLabel("Your email").fill(email);
		footer.getByLabel("First name").fill("Jo");
		footer.getByLabel("Desk work and sitting").check();
		footer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Subscribe")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your inbox").setLevel(1)))
			.isVisible();
		var mail = TestMail.awaitWithSubject(email, Newsletters.CONFIRM_SUBJECT).get(0);
		page.navigate(TestMail.link(mail, "/newsletter/confirm/"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You're subscribed").setLevel(1)))
			.isVisible();
		Subscriber subscriber = subscribers.withEmail(email).orElseThrow();
		Assertions.assertThat(subscriber.status()).isEqualTo(SubscriberStatus.CONFIRMED);
		Assertions.assertThat(subscriber.interests()).contains(Interest.DESK_WORK);

		// The next send run brings the digest; its unsubscribe link is the one the mail client offers too.
		runs.start("browser test", null).orElseThrow();
		var digest = TestMail.awaitWithSubject(email, "Your BackCare").get(0);
		Assertions.assertThat(digest.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		page.setContent(TestMail.html(digest));
		assertThat(page.getByText("Hello Jo,")).isVisible();
		var unsubscribe = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unsubscribe").setExact(true));
		Assertions.assertThat(digest.getHeader("List-Unsubscribe", null))
			.isEqualTo("<" + unsubscribe.getAttribute("href") + ">");
		unsubscribe.click();

		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Unsubscribe"))
			.click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You are unsubscribed").setLevel(1)))
			.isVisible();
		Assertions.assertThat(subscribers.withEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
	}

	@Test
	void theNewsletterPagesHaveNoSeriousOrCriticalAccessibilityProblems(Page page) {
		String email = TestData.email("axe");
		var visitor = new WebSession(port);
		Subscriber subscriber = new Newsletters(jdbc, subscribers).confirmed(visitor, email, "SELF_CARE");

		for (String path : new String[] { "/newsletter", links.path(NewsletterLinks.Purpose.PREFERENCES, subscriber),
				links.path(NewsletterLinks.Purpose.UNSUBSCRIBE, subscriber), "/newsletter/check-your-inbox",
				"/newsletter/confirm/unknown" }) {
			page.navigate(path);
			screenshot(page, path);
			Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).as(path).isEmpty();
		}
		page.navigate("/newsletter");
		page.getByRole(AriaRole.MAIN).getByLabel("Self-care tips").uncheck();
		page.getByRole(AriaRole.MAIN).getByLabel("Every new article").uncheck();
		page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Subscribe")).click();
		assertThat(page.getByRole(AriaRole.MAIN).getByText("Choose at least one topic.").first()).isVisible();
		screenshot(page, "/newsletter-errors");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	private static void screenshot(Page page, String path) {
		String name = path.length() > 40 ? path.substring(0, 40) : path;
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "newsletter" + name.replace('/', '_') + ".png")));
	}
}
