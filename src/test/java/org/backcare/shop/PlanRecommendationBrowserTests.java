package org.backcare.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestConsultations;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.backcare.WebSession;
import org.backcare.homecare.ProductTag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class PlanRecommendationBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void aClientBuysTheCushionTheirCarePlanRecommends(Page page) {
		new Stockroom(jdbc); // the countries the shop ships to
		String cushionName = "Lumbar cushion " + TestShop.sku("L");
		TestShop.product(jdbc, cushionName).tag(ProductTag.SEAT_CUSHION).places(CushionPlace.OFFICE_CHAIR, CushionPlace.CAR)
			.variant(TestShop.sku("LC"), 39_00, 4).create();
		String email = TestData.email("plan-shopper");
		var client = WebSession.signedInClient(port, "Nadia Desk", email);
		approvePlan(client, email, "Nadia Desk");

		page.navigate("/sign-in");
		Visitor.signIn(page, email, TestData.PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
		page.navigate("/account/plan");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Seat or lumbar cushion")).click();

		var recommended = page.locator("section[aria-labelledby=recommended-heading]");
		assertThat(recommended).containsText("Recommended in your care plan");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		recommended.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(cushionName)).first().click();
		page.getByLabel("Quantity").fill("1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Checkout").setExact(true)).click();

		assertThat(page.getByLabel("Email address")).hasValue(email);
		page.getByLabel("Full name").fill("Nadia Desk");
		page.getByLabel("Street and number").fill("400 Wacker Drive");
		page.getByLabel("Town or city").fill("Chicago");
		page.getByLabel("ZIP or postal code").fill("60606");
		page.getByLabel("Country").selectOption("US");
		page.getByLabel("Pay on pickup").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("your order is placed");
		page.navigate("/account/orders");
		assertThat(page.locator("main")).containsText("BC-");
	}

	private void approvePlan(WebSession client, String email, String name) {
		var therapist = WebSession.signedInTherapist(port, "Tess Plan", TestData.email("tess"));
		TestConsultations.submitChronicDeskWorker(client, name);
		long plan = jdbc.sql("select p.id from care_plans p join accounts a on a.id = p.client_id where a.email = ?")
			.param(email)
			.query(Long.class)
			.single();
		therapist.get("/therapist/plans/" + plan);
		Assertions.assertThat(therapist.post("/therapist/plans/" + plan + "/approval", List.of("version", "1")).status())
			.isEqualTo(302);
	}
}
