package org.backcare.therapies;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class TherapiesBrowserTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminChangesAPriceAndTheTechniquePageShowsIt(Page page) {
		Offers.offer(catalogue, jdbc, Technique.PRENATAL, 60, 95_00, Skill.PRENATAL, "Prenatal massage, one hour");
		Visitor.signInAsAdmin(page);

		page.navigate("/admin/services");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit Prenatal massage, one hour").setExact(true))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Edit Prenatal massage, one hour")))
			.isVisible();
		assertThat(page.getByLabel("Therapist training needed")).hasValue("PRENATAL");
		page.getByLabel("Price in USD").fill("97.25");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved Prenatal massage, one hour.");
		assertThat(row(page, "Prenatal massage, one hour")).containsText("$97.25");

		page.navigate("/therapies");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prenatal massage").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Prenatal massage").setLevel(1)))
			.isVisible();
		Locator card = page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Prenatal massage, one hour"))));
		assertThat(card).containsText("60 minutes: $97.25");
		assertThat(card).containsText("With a therapist trained in prenatal massage");
	}

	@Test
	void adminSeesEveryProblemWithANewServiceNextToItsField(Page page) {
		Visitor.signInAsAdmin(page);
		page.navigate("/admin/services");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a service")).click();

		page.getByLabel("Price in USD").fill("0");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add service")).click();

		Locator summary = page.getByRole(AriaRole.ALERT);
		assertThat(summary).containsText("Choose a technique");
		assertThat(summary).containsText("Enter a price above zero");
		assertThat(page.getByLabel("Price in USD")).hasAttribute("aria-invalid", "true");
		assertThat(page.getByLabel("Price in USD")).hasValue("0");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Choose a technique")).click();
		assertThat(page.getByLabel("Technique")).isFocused();
	}

	@Test
	void theServiceListHasNoSeriousAccessibilityProblems(Page page) {
		Visitor.signInAsAdmin(page);
		page.navigate("/admin/services");

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Services"))).isVisible();
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/therapies", "/therapies/prenatal", "/therapies/deep-tissue", "/therapies/ashiatsu" })
	void publicPagesHaveNoSeriousAccessibilityProblems(String path, Page page) {
		Offers.offer(catalogue, jdbc, Technique.DEEP_TISSUE, 60, 105_00, Skill.DEEP_TISSUE, "Deep tissue, 60 minutes");
		page.navigate(path);

		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	private static Locator row(Page page, String text) {
		return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
	}
}
