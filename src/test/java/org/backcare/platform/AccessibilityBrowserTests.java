package org.backcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@BrowserTest
class AccessibilityBrowserTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/register", "/sign-in", "/password-reset", "/no-such-page" })
	void hasNoSeriousOrCriticalAccessibilityProblems(String path, Page page) {
		page.navigate(path);

		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
