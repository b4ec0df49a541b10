package org.backcare.newsletter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class DigestBrowserTests {

	@Autowired
	DigestComposer composer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Subscribers subscribers;

	@Test
	void aDigestRendersWithoutFetchingAnythingPassesAxeAndShowsItsLinks(Page page) {
		var kitchen = new DigestKitchen(jdbc, subscribers);
		Instant now = Instant.now();
		kitchen.testimonial("I can garden again without my back seizing up.", "Morgan from the browser test");
		// the newest article of all, so the five a digest lists include it whatever other tests published before
		kitchen.article("Heat packs at home, done safely", now.minus(Duration.ofSeconds(1)), "heat-and-cold");
		kitchen.product("Browser test heat pack", 3);
		var reader = kitchen.subscriber("Robin", Set.of(Interest.SELF_CARE, Interest.SHOP_OFFERS, Interest.NEW_ARTICLES),
				now.minus(Duration.ofDays(2)));
		Digest digest = composer.preview(reader, now);
		List<String> requests = new CopyOnWriteArrayList<>();
		page.onRequest(request -> requests.add(request.url()));
		page.route("**/*", route -> {
			requests.add(route.request().url());
			route.abort();
		});

		page.setContent(digest.html());
		page.waitForLoadState();

		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "newsletter_digest.png")));
		Assertions.assertThat(requests).as("requests made by the digest").isEmpty();
		assertThat(page).hasTitle(digest.subject());
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New on BackCare"))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Heat packs at home, done safely")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Browser test heat pack"))).isVisible();
		assertThat(page.getByText("Morgan from the browser test")).isVisible();
		var unsubscribe = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unsubscribe").setExact(true));
		assertThat(unsubscribe).isVisible();
		assertThat(unsubscribe).hasAttribute("href", digest.unsubscribeUrl());
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage preferences"))).isVisible();
		List<Rule> violations = new AxeBuilder(page).analyze().getViolations();
		Assertions.assertThat(violations)
			.as("axe: %s", violations.stream().map(rule -> rule.getId() + " " + rule.getNodes().stream()
				.map(node -> String.valueOf(node.getTarget())).toList()).toList())
			.isEmpty();
		Assertions.assertThat(requests).as("requests made while checking the digest").isEmpty();
	}

	@Test
	void anAdminAddsATipByKeyboardAfterFixingWhatTheFormRefused(Page page) {
		Visitor.signInAsAdmin(page);
		page.navigate("/admin/newsletter/tips");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a tip")).click();
		String title = "Browser tip " + System.nanoTime();
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
		page.getByLabel("Tip", new Page.GetByLabelOptions().setExact(true)).fill("A miracle stretch.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add tip")).click();

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("rephrase without “miracle”");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByLabel("Tip", new Page.GetByLabelOptions().setExact(true)).fill("Stand up between calls.");
		page.getByLabel("Who gets it").selectOption("DESK_WORK");
		page.getByLabel("Fact-sheet rules").fill("A5");
		page.getByLabel("Fact-sheet rules").press("Enter");

		assertThat(page.getByText("Added “" + title + "”")).isVisible();
		assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title)))
			.containsText("Desk work and sitting");
	}

	@Test
	void thePreviewPageShowsTheDigestSandboxedAndPassesAxe(Page page) {
		var reader = new DigestKitchen(jdbc, subscribers).subscriber("Indra", Set.of(Interest.DESK_WORK),
				Instant.now().minus(Duration.ofDays(1)));
		Visitor.signInAsAdmin(page);

		page.navigate("/admin/newsletter/subscribers/" + reader.id() + "/preview");

		assertThat(page.frameLocator("iframe").getByText("Hello Indra,")).isVisible();
		// styled as a mail program shows it: the page's policy must let the frame's inline styles apply
		assertThat(page.frameLocator("iframe").locator("body")).hasCSS("background-color", "rgb(251, 248, 243)");
		assertThat(page.locator("pre")).containsText("Unsubscribe: http");
		// axe waits forever for a frame that may run no script; the digest itself is checked on its own above.
		page.evaluate("document.querySelector('iframe').remove()");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void aDigestReadsWellOnASmallScreen(Page page) {
		var reader = new DigestKitchen(jdbc, subscribers).subscriber(null, Set.of(), Instant.now().minus(Duration.ofDays(1)));
		page.setViewportSize(320, 640);

		page.setContent(composer.preview(reader, Instant.now()).html());

		Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling at 320px")
			.isTrue();
		Assertions.assertThat(new AxeBuilder(page).analyze().getViolations()).isEmpty();
	}
}
