package org.backcare.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.assertj.core.api.Assertions;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;

@BrowserTest
class AccessTokensBrowserTests {

	@Test
	void showsANewTokenOnlyOnceAndRevokingItLocksTheApiOut(Page page) {
		String email = TestData.email("api-user");
		Visitor.registerConfirmAndSignIn(page, "Kim Calendar", email);

		page.getByLabel("Name for a new token").fill("My calendar app");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		Locator notice = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Your new token"));
		Locator shown = notice.getByRole(AriaRole.CODE);
		assertThat(shown).not().isEmpty();
		String token = shown.textContent().strip();

		APIResponse me = whoAmI(page, token);
		assertThat(me).isOK();
		Assertions.assertThat(me.text()).contains(email);

		page.reload();
		assertThat(page.getByText(token)).hasCount(0);
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("My calendar app")))
			.isVisible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke token My calendar app")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The token was revoked");
		assertThat(page.getByText("You have no active tokens")).isVisible();
		Assertions.assertThat(whoAmI(page, token).status()).isEqualTo(401);
	}

	private static APIResponse whoAmI(Page page, String token) {
		return page.request().get("/api/v1/me", RequestOptions.create().setHeader("Authorization", "Bearer " + token));
	}
}
