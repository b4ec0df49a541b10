package org.backcare;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives Debian's Chromium through Playwright against the running application. Test methods take a
 * {@link com.microsoft.playwright.Page} whose relative URLs go to the app. Skipped, with a message, when no
 * Chromium is installed, unless {@code BACKCARE_REQUIRE_BROWSER=1} (CI), which makes that a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@BackCareTest
@ExtendWith(Browser.class)
@Tag("browser")
public @interface BrowserTest {
}
