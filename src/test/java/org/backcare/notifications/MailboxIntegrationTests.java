package org.backcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

	@Test
	void showsAReminderAsScheduledThenCancelledAndItsAttachmentAsAFile() {
		String email = TestData.email("mailbox-reminder");
		String key = "mailbox-test-" + email;
		Instant due = Instant.now().plus(Duration.ofDays(2));
		long id = outbox.add(new Message(email, "Reminder: your session", "See you soon.", null, Map.of())
			.attaching(Attachment.calendar("session.ics", "REQUEST", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))
			.dueAt(due, key));
		var admin = WebSession.signedInAdmin(port);

		var listed = admin.get("/admin/mail?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
		assertThat(listed.rowWith("Reminder: your session")).contains("Attached: session.ics", "Scheduled", "Due");
		var shown = admin.get("/admin/mail/" + id);
		assertThat(shown.text()).contains("Status Scheduled", "Due", "Attachments", "session.ics", "text/calendar; charset=UTF-8; method=REQUEST");
		var file = admin.get("/admin/mail/" + id + "/attachments/0");
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.mediaType()).isEqualTo("text/calendar");
		assertThat(file.header("Content-Disposition")).startsWith("attachment").contains("session.ics");
		assertThat(file.body()).startsWith("BEGIN:VCALENDAR");
		assertThat(admin.get("/admin/mail/" + id + "/attachments/1").status()).isEqualTo(404);

		assertThat(outbox.cancel(key)).isEqualTo(1);

		assertThat(outbox.cancel(key)).as("only once").isZero();
		assertThat(admin.get("/admin/mail?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).rowWith("Reminder: your session"))
			.contains("Cancelled", "Never").doesNotContain("Scheduled");
		assertThat(admin.get("/admin/mail/" + id).text()).contains("Status Cancelled", "withdrawn before it was sent");
	}
}
