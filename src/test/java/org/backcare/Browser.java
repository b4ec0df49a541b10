package org.backcare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Starts Chromium once per test run and gives each test a fresh browser context (cookies, storage). */
public class Browser implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome");

	private static Playwright playwright;

	private static com.microsoft.playwright.Browser chromium;

	@Override
	public void beforeEach(ExtensionContext context) {
		launchOnce();
		String baseUrl = "http://localhost:" + SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getProperty("local.server.port");
		BrowserContext browserContext = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setBaseURL(baseUrl)
			.setLocale("en-GB")
			.setExtraHTTPHeaders(Map.of("X-Forwarded-For", TestData.ip())));
		browserContext.setDefaultTimeout(15_000);
		store(context).put(BrowserContext.class, browserContext);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		BrowserContext browserContext = store(context).remove(BrowserContext.class, BrowserContext.class);
		if (browserContext != null) {
			browserContext.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Page.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return store(context).get(BrowserContext.class, BrowserContext.class).newPage();
	}

	/** axe-core's serious and critical WCAG 2.x A/AA violations on the page as it is now. */
	public static List<String> seriousAccessibilityProblems(Page page) {
		List<Rule> violations = new AxeBuilder(page)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
			.analyze()
			.getViolations();
		return violations.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

	private static synchronized void launchOnce() {
		if (chromium != null) {
			return;
		}
		Optional<Path> executable = chromiumExecutable();
		if (executable.isEmpty()) {
			String message = "No Chromium found (set CHROMIUM_PATH or install Debian's chromium package)";
			if ("1".equals(System.getenv("BACKCARE_REQUIRE_BROWSER"))) {
				throw new IllegalStateException(message + "; BACKCARE_REQUIRE_BROWSER=1 requires browser tests");
			}
			Assumptions.abort(message + ": skipping browser tests");
		}
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		chromium = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable.get())
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync")));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			chromium.close();
			playwright.close();
		}));
	}

	private static Optional<Path> chromiumExecutable() {
		return Stream.concat(Stream.ofNullable(System.getenv("CHROMIUM_PATH")), CANDIDATES.stream())
			.filter(candidate -> !candidate.isBlank())
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst();
	}

	private static ExtensionContext.Store store(ExtensionContext context) {
		return context.getStore(ExtensionContext.Namespace.create(Browser.class, context.getUniqueId()));
	}
}
