package org.backcare.notifications;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailTemplatesTest {

	private final MailTemplates templates = new MailTemplates();

	private static final String LINK = "https://backcare.test/confirm-email/t0k3n?x=1&y=2";

	@Test
	void writesBothPartsWithTheLinkAndHowLongItIsValid() {
		Message message = templates.write("confirm-email", "anna@backcare.test",
				"Confirm your email address for BackCare", Map.of("name", "Anna", "link", LINK, "validFor", "48 hours"));

		assertThat(message.to()).isEqualTo("anna@backcare.test");
		assertThat(message.subject()).isEqualTo("Confirm your email address for BackCare");
		assertThat(message.text()).startsWith("Hello Anna,").contains("\n" + LINK + "\n").contains("48 hours");
		assertThat(message.html()).contains("<html lang=\"en\">", "<title>Confirm your email address for BackCare</title>",
				"<h1>", "href=\"https://backcare.test/confirm-email/t0k3n?x=1&amp;y=2\"", "48 hours");
		assertThat(message.headers()).containsEntry("Auto-Submitted", "auto-generated")
			.containsEntry("X-BackCare-Mail", "confirm-email");
	}

	@Test
	void escapesNamesInTheHtmlPartOnly() {
		Message message = templates.write("therapist-invitation", "ben@backcare.test", "Invited",
				Map.of("name", "Ben <b>", "link", LINK, "validFor", "7 days", "invitedBy", "Ada & Co"));

		assertThat(message.html()).contains("Hello Ben &lt;b&gt;,", "Ada &amp; Co has invited you").doesNotContain("Ben <b>");
		assertThat(message.text()).contains("Hello Ben <b>,", "Ada & Co has invited you", "7 days");
	}

	@Test
	void writesThePasswordResetMail() {
		Message message = templates.write("reset-password", "cleo@backcare.test", "Reset your BackCare password",
				Map.of("name", "Cleo", "link", LINK, "validFor", "1 hour"));

		assertThat(message.text()).contains(LINK, "1 hour", "Didn't ask for this?");
		assertThat(message.html()).contains("Choose a new password", "1 hour");
	}
}
