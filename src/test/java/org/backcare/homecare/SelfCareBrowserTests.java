package org.backcare.homecare;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@BrowserTest
class SelfCareBrowserTests {

	@Test
	void readsAnItemFromTheLibrary(Page page) {
		page.navigate("/self-care");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Self-massage").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Foam roller")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Foam roller").setLevel(1)))
			.isVisible();
		var steps = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Step by step"))
			.getByRole(AriaRole.LISTITEM);
		assertThat(steps).hasCount(6);
		assertThat(steps.first()).containsText("Sit on the roller");
		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Who should not do this")))
			.containsText("Not in pregnancy after 13 weeks.");
		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Take care")))
			.containsText("bony spine");
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("A person sitting on a foam roller")))
			.isVisible();

		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Breadcrumb"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Self-care").setExact(true))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Self-care for your lower back")))
			.isVisible();
	}

	static Stream<String> pages() {
		return Stream.concat(Stream.of("/self-care"),
				HomeCareLibraryIntegrationTests.PLAN_SLUGS.stream().map(slug -> "/self-care/" + slug));
	}

	@ParameterizedTest
	@MethodSource("pages")
	void hasNoSeriousOrCriticalAccessibilityProblems(String path, Page page) {
		page.navigate(path);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "homecare" + path.replace('/', '_') + ".png")));

		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void anItemReadsWellOnASmallScreen(Page page) {
		page.setViewportSize(320, 640);
		page.navigate("/self-care/hook-tool-ql");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "homecare_hook-tool-ql_320.png")));

		Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling at 320px")
			.isTrue();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
