package org.backcare.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A first start without {@code BACKCARE_ADMIN_EMAIL}: its own application context and so its own empty database,
 * where BackCare has no admin and prints a set-up link to its log.
 */
@BrowserTest
@TestPropertySource(properties = { "backcare.admin.email=", "backcare.admin.password=" })
class FirstAdminBrowserTests {

	@Autowired
	private AccountLinks links;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void createsTheFirstAdminFromASetUpLinkAfterWhichNoSetUpLinkWorks(Page page) {
		org.assertj.core.api.Assertions.assertThat(unusedSetUpLinks()).as("the link printed to the log at start-up").isEqualTo(1);
		// The printed token exists only in the log, so the test issues links of its own the same way.
		String setUpLink = "/setup/" + links.issue(AccountLinks.Purpose.FIRST_ADMIN, null, Duration.ofDays(1));
		String otherLink = "/setup/" + links.issue(AccountLinks.Purpose.FIRST_ADMIN, null, Duration.ofDays(1));
		String email = TestData.email("owner");

		page.navigate(setUpLink);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome to BackCare"))).isVisible();
		page.getByLabel("Your name").fill("Morgan Owner");
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create admin account")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your account is ready");

		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin").setExact(true))).isVisible();

		page.navigate(setUpLink);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This link has already been used")))
			.isVisible();
		page.navigate(otherLink);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This link has already been used")))
			.isVisible();
	}

	private long unusedSetUpLinks() {
		return jdbc.sql("select count(*) from account_links where purpose = 'FIRST_ADMIN' and used_at is null")
			.query(Long.class)
			.single();
	}
}
