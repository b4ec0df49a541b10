package org.backcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class MailboxIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Test
	void listsTheMessagesToAnAddressForTheAdmin() {
		String email = TestData.email("mailbox-list");
		String someoneElse = TestData.email("mailbox-other");
		outbox.add(new Message(email, "Your session on Tuesday", "See you then.", null, Map.of()));
		outbox.add(new Message(someoneElse, "A different session", "Not for you.", null, Map.of()));
		var admin = WebSession.signedInAdmin(port);

		var page = admin.get("/admin/mail?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(email, "Your session on Tuesday");
		assertThat(page.body()).doesNotContain(someoneElse, "A different session");
	}

	@Test
	void showsTheTextOfAMessageEscapedWithItsAddressesAsLinks() {
		long id = outbox.add(new Message(TestData.email("mailbox-escape"), "Escaping check",
				"Hello <script>alert(1)</script> see https://example.test/x", null, Map.of()));
		var admin = WebSession.signedInAdmin(port);

		var page = admin.get("/admin/mail/" + id);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("<a href=\"https://example.test/x\"")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void servesTheHtmlBodyAsASandboxedDocument() {
		long id = outbox.add(new Message(TestData.email("mailbox-html"), "Sandbox check", "Plain words",
				"<p>Hello</p><script>alert(1)</script>", Map.of()));
		var admin = WebSession.signedInAdmin(port);

		var html = admin.get("/admin/mail/" + id + "/html");

		assertThat(html.status()).isEqualTo(200);
		assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(html.headers().allValues("Content-Security-Policy")).singleElement()
			.satisfies(policy -> assertThat(policy).contains("sandbox").contains("default-src 'none'"));
		assertThat(html.body()).isEqualTo("<p>Hello</p><script>alert(1)</script>");
	}

	@Test
	void answers404ForTheHtmlOfATextOnlyMessage() {
		long id = outbox.add(new Message(TestData.email("mailbox-text-only"), "Text only", "Just text", null, Map.of()));
		var admin = WebSession.signedInAdmin(port);

		assertThat(admin.get("/admin/mail/" + id + "/html").status()).isEqualTo(404);
	}

	@Test
	void answersAnUnknownMessageWithTheNotFoundPage() {
		var admin = WebSession.signedInAdmin(port);

		var page = admin.get("/admin/mail/" + Long.MAX_VALUE);

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("We can't find that page");
	}
}
