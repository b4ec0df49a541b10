package org.backcare.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;

/** The admin's audit log search and erasure confirmation, as an admin clicks through them. */
@BrowserTest
class PrivacyPagesBrowserTests {

	@Test
	void theAdminSearchesTheAuditLogForAClientsExport(Page page) {
		String email = TestData.email("axe-audited");
		Visitor.registerConfirmAndSignIn(page, "Ivy Inspected", email);
		page.navigate("/account");
		var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my data")).click());
		Assertions.assertThat(download.suggestedFilename()).startsWith("backcare-my-data-").endsWith(".json");
		page.context().clearCookies();

		Visitor.signInAsAdmin(page);
		page.navigate("/admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log")).click();
		page.getByLabel("Client").fill(email);
		page.getByLabel("Action").fill("personal-data.");
		page.getByLabel("Search the audit log").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Search")).click();

		assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("personal-data.exported")))
			.containsText("Ivy Inspected");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByLabel("Done by").fill(TestData.email("nobody-here"));
		page.getByLabel("Search the audit log").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Search")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("No account has this email address");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void theErasureConfirmationWithAWrongAddressHasNoSeriousAccessibilityProblems(Page page) {
		String email = TestData.email("axe-erased");
		Visitor.registerConfirmAndSignIn(page, "Eli Erasable", email);
		page.context().clearCookies();
		Visitor.signInAsAdmin(page);
		page.navigate("/admin/accounts");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Erase Eli Erasable")).click();
		page.getByLabel("Type the client's email address to confirm").fill("someone-else@example.com");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase this client")).click();

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("exactly as shown above");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByLabel("Type the client's email address to confirm").fill(email);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase this client")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("personal data was erased");
	}
}
