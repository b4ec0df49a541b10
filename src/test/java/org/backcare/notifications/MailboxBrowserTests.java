package org.backcare.notifications;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;

@BrowserTest
class MailboxBrowserTests {

	private static final String INVITATION_SUBJECT = "You're invited to join BackCare as a therapist";

	@Test
	void adminFindsAnEmailByItsRecipientAndFollowsTheLinkInIt(Page page) {
		String email = TestData.email("mailbox-therapist");
		Visitor.signInAsAdmin(page);
		invite(page, "Noor Haddad", email);
		String sentLink = TestMail.link(TestMail.awaitLatest(email, 1), "/invitations/");

		openMessageTo(page, email);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(INVITATION_SUBJECT))).isVisible();
		Locator link = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Plain text"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("/invitations/"));
		assertThat(link).hasText(sentLink);
		assertThat(link).hasAttribute("href", sentLink);

		link.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome to BackCare, Noor Haddad")))
			.isVisible();
	}

	@Test
	void invitationNoticeLinksToTheMailboxFilteredByTheWholeAddressEvenWithAPlus(Page page) {
		String email = TestData.email("mailbox+tagged");
		Visitor.signInAsAdmin(page);
		invite(page, "Tam Plus", email);

		page.getByRole(AriaRole.STATUS).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("mailbox")).click();

		assertThat(page.getByLabel("Sent to")).hasValue(email);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(INVITATION_SUBJECT))).hasCount(1);
	}

	@Test
	void tellsAClientTheMailboxIsNotOpenToThem(Page page) {
		String email = TestData.email("curious-client");
		Visitor.registerConfirmAndSignIn(page, "Curious Client", email);

		var response = page.navigate("/admin/mail");

		Assertions.assertThat(response.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This page isn't open to you")))
			.isVisible();
	}

	@Test
	void mailboxAndMessagePagesHaveNoSeriousAccessibilityProblems(Page page) {
		String email = TestData.email("axe-therapist");
		Visitor.signInAsAdmin(page);
		invite(page, "Lea Axe", email);

		openMessageTo(page, email);
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the mailbox")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mailbox"))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	private static void invite(Page page, String name, String email) {
		page.navigate("/admin/therapists/invite");
		page.getByLabel("Therapist's name").fill(name);
		page.getByLabel("Therapist's email address").fill(email);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Invitation sent to " + email);
	}

	/** Admin → Mailbox, filtered by the recipient, then the (only) message to them. */
	private static void openMessageTo(Page page, String email) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mailbox")).click();
		page.getByLabel("Sent to").fill(email);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show messages")).click();
		Locator emails = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(Pattern.compile("Emails to addresses containing")));
		assertThat(emails.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(email))).hasCount(1);
		emails.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(INVITATION_SUBJECT)).click();
	}
}
