package org.backcare.content;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Comments are plain text: whatever a reader types, nothing they send runs or becomes markup (issue 7). */
@BrowserTest
class CommentsXssBrowserTests {

	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"javascript:alert(1)", "\"><svg onload=alert(1)>", "</textarea><script>alert(1)</script>",
			"https://x.example/\"onmouseover=\"alert(1)", "https://x.example/'onmouseover='alert(1)'",
			"<a href=\"javascript:alert(1)\">click</a>", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
			"<body onload=alert(1)>", "<details open ontoggle=alert(1)>", "https://x.example/<script>alert(1)</script>",
			"{{constructor.constructor('alert(1)')()}}", "<div hx-get=\"/\" hx-trigger=\"load\" hx-on::load=\"alert(1)\">x</div>");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FormStamps stamps;

	@Test
	void noPayloadRunsOrSurvivesAsMarkupWhenPublished(Page page) {
		var news = new Newsroom(jdbc, stamps);
		String slug = news.article("Safe comments");
		for (String payload : PAYLOADS) {
			// each from its own address, as the per-address limit would otherwise stop the set half-way
			var sent = new WebSession(port).postJson("/api/v1/articles/" + slug + "/comments",
					Map.of("name", payload.length() > 80 ? payload.substring(0, 80) : payload, "email",
							TestData.email("xss"), "text", "Payload: " + payload + "\nEnd."));
			Assertions.assertThat(sent.status()).as(payload).isEqualTo(202);
		}
		news.approveAllOn(slug);
		List<String> dialogs = new ArrayList<>();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});

		page.navigate("/articles/" + slug + "/comments");
		assertThat(page.locator(".comment-list > li")).hasCount(PAYLOADS.size());
		page.locator(".comment__text a").all().forEach(link -> link.hover());
		page.waitForTimeout(500);
		Assertions.assertThat(dialogs).as("dialogs opened by comment text").isEmpty();
		for (String payload : PAYLOADS) {
			assertThat(page.locator(".comment-list")).containsText("Payload: " + payload);
		}

		String html = new WebSession(port).get("/articles/" + slug + "/comments").body();
		Assertions.assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x")
			.doesNotContain("<svg").doesNotContain("<iframe").doesNotContain("<details").doesNotContain("<body onload")
			.doesNotContain("<div hx-get")
			.doesNotContainPattern("<[a-zA-Z]+[^<>]*\\s(on[a-z]+|hx-on[:a-z-]*)\\s*=")
			.doesNotContainPattern("<a\\s[^<>]*href=\"\\s*javascript:");
		Object markup = page.evaluate("""
				() => [...document.querySelectorAll('#comments-thread *')]
				  .filter(e => ['SCRIPT', 'IMG', 'SVG', 'IFRAME', 'DETAILS', 'BODY'].includes(e.tagName.toUpperCase())
				    || [...e.attributes].some(a => a.name.startsWith('on') || a.name.startsWith('hx-on')))
				  .map(e => e.outerHTML)""");
		Assertions.assertThat((List<?>) markup).as("elements or handlers made from comment text").isEmpty();
		Assertions.assertThat(page.locator(".comment__text a").all())
			.allSatisfy(link -> Assertions.assertThat(link.getAttribute("href")).startsWith("https://x.example/"))
			.allSatisfy(link -> Assertions.assertThat(link.getAttribute("rel")).isEqualTo("nofollow ugc noopener"));
		Assertions.assertThat(dialogs).isEmpty();
	}
}
