package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class ArticlePreviewWebTests {

	@LocalServerPort
	int port;

	@Test
	void theLivePreviewIsTheSanitisedArticleWithItsContentsAndReadingTime() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/articles/new");

		var panel = admin.htmxPost("/admin/articles/preview", List.of("body", XssPayloads.article()));

		assertThat(panel.status()).isEqualTo(200);
		assertThat(panel.body()).doesNotContain("<html").contains("<h2 id=\"safe-heading\">Safe heading</h2>")
			.contains("href=\"#safe-heading\"").contains("min read").contains("Plain words stay.");
		XssPayloads.assertHarmless(panel.body());
	}

	@Test
	void eachPayloadOnItsOwnIsHarmlessToo() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/articles/new");
		for (String payload : XssPayloads.MARKDOWN) {
			var panel = admin.htmxPost("/admin/articles/preview", List.of("body", payload));
			assertThat(panel.status()).as(payload).isEqualTo(200);
			XssPayloads.assertHarmless(panel.body());
		}
	}

	@Test
	void withoutJavaScriptThePreviewButtonShowsTheWholeEditorWithThePreviewAndSavesNothing() {
		var admin = WebSession.signedInAdmin(port);
		String title = Authoring.uniqueTitle("Unsaved thoughts");
		admin.get("/admin/articles/new");

		var page = admin.post("/admin/articles/preview", Authoring.fields(title, "## Warm up\n\n| a | b |\n|---|---|\n| 1 | 2 |"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Write an article</h1>").contains("<table>").contains("id=\"warm-up\"");
		assertThat(page.inputValue("title")).isEqualTo(title);
		assertThat(page.inputValue("slug")).as("suggested from the title").startsWith("unsaved-thoughts-");
		assertThat(admin.get("/admin/articles").text()).doesNotContain(title);
	}

	@Test
	void thePreviewNeedsTheCsrfToken() {
		var admin = WebSession.signedInAdmin(port);
		assertThat(admin.postWithoutCsrf("/admin/articles/preview", java.util.Map.of("body", "hi")).status()).isEqualTo(403);
	}
}
