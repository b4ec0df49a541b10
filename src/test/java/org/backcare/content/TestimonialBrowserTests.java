package org.backcare.content;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class TestimonialBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClientAfterASessionSharesTheirExperienceAndItAppearsOnTheHomePageOnceApproved(Page page) {
		String email = TestData.email("testimonial-browser");
		String words = "The care plan explained every choice and my back feels like mine again. " + email.hashCode();
		Visitor.registerConfirmAndSignIn(page, "Amara Mensah", email);
		new Clients(jdbc).hadASession(email);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Share your experience")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Share your experience"))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByLabel("Your experience").fill(words);
		page.getByLabel("Amara M.").check();
		page.getByLabel("I agree that BackCare may publish this testimonial").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for approval")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your testimonial is with the practice");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "content_testimonial.png")));

		var admin = WebSession.signedInAdmin(port);
		long id = jdbc.sql("select t.id from content_testimonials t join accounts a on a.id = t.account_id where a.email = ?")
			.param(email).query(Long.class).single();
		admin.get("/admin/testimonials");
		admin.post("/admin/testimonials/" + id + "/approve");

		page.navigate("/");
		var section = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("What our clients say"));
		assertThat(section).containsText(words);
		assertThat(section).containsText("Amara M.");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void theConsentIsRequiredBeforeSending(Page page) {
		String email = TestData.email("testimonial-consent");
		Visitor.registerConfirmAndSignIn(page, "Jonas Berg", email);
		new Clients(jdbc).hadASession(email);
		page.navigate("/account/testimonial");
		page.getByLabel("Your experience").fill("Kind, careful therapists who listened to me.");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for approval")).click();

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Tick the box to agree");
		assertThat(page.getByLabel("Your experience")).hasValue("Kind, careful therapists who listened to me.");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
