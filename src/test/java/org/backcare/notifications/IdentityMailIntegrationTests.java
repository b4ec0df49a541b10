package org.backcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.WebSession;
import org.backcare.identity.EmailConfirmationRequested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@BackCareTest
class IdentityMailIntegrationTests {

	@LocalServerPort
	int port;

	@Value("${backcare.mail.from}")
	String from;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void writesOneMessageInTheTransactionThatRegisters() {
		String email = TestData.email("outbox-register");

		var registered = register(email);

		assertThat(registered.location()).isEqualTo("/register/check-email");
		assertThat(messagesTo(email)).as("written before the answer, not by a later job").isEqualTo(1);
		// now() is the start of the transaction, so equal defaults mean one transaction wrote both rows.
		assertThat(jdbc.sql("""
				select m.created_at = a.created_at from outbox_messages m join accounts a on a.email = m.to_address
				where a.email = ?""").param(email).query(Boolean.class).single()).isTrue();
	}

	@Test
	void writesNoMessageWhenTheRegistrationIsRefused() throws InterruptedException {
		String email = TestData.email("outbox-refused");
		register(email);
		TestMail.awaitMessages(email, 1);

		var again = register(email.toUpperCase());

		assertThat(again.status()).isEqualTo(409);
		assertThat(messagesTo(email)).isEqualTo(1);
		Thread.sleep(1000); // five delivery runs
		assertThat(TestMail.messagesTo(email)).hasSize(1);
	}

	@Test
	void writesNoMessageWhenTheCausingTransactionRollsBack() {
		String email = TestData.email("outbox-rollback");

		transactions.executeWithoutResult(status -> {
			events.publishEvent(new EmailConfirmationRequested(email, "Rolled Back",
					"http://localhost/confirm-email/never-issued", Duration.ofHours(48)));
			assertThat(messagesTo(email)).as("inside the transaction").isEqualTo(1);
			status.setRollbackOnly();
		});

		assertThat(messagesTo(email)).as("after the rollback").isZero();
	}

	@Test
	void deliversTheConfirmationEmailWithTheSameLinkInTextAndHtml() throws MessagingException {
		String email = TestData.email("mail-confirm");

		register(email);

		MimeMessage mail = mailOfKind(email, 1, "confirm-email");
		assertDelivered(mail, "Confirm your email address for BackCare", "/confirm-email/");
		assertSent(email, "Confirm your email address for BackCare");
	}

	@Test
	void deliversThePasswordResetEmailWithTheSameLinkInTextAndHtml() throws MessagingException {
		String email = TestData.email("mail-reset");
		register(email);
		TestMail.awaitMessages(email, 1);

		var requested = new WebSession(port).submit("/password-reset", "/password-reset", Map.of("email", email));

		assertThat(requested.location()).isEqualTo("/password-reset/sent");
		MimeMessage mail = mailOfKind(email, 2, "reset-password");
		assertDelivered(mail, "Reset your BackCare password", "/password-reset/");
		assertSent(email, "Reset your BackCare password");
	}

	@Test
	void deliversTheTherapistInvitationWithTheSameLinkInTextAndHtml() throws MessagingException {
		String email = TestData.email("mail-invite");
		var admin = WebSession.signedInAdmin(port);

		var invited = admin.invite("Ines Invited", email);

		assertThat(invited.location()).isEqualTo("/admin/accounts");
		MimeMessage mail = mailOfKind(email, 1, "therapist-invitation");
		assertDelivered(mail, "You're invited to join BackCare as a therapist", "/invitations/");
		assertSent(email, "You're invited to join BackCare as a therapist");
	}

	private WebSession.Response register(String email) {
		return new WebSession(port).submit("/register", "/register",
				Map.of("displayName", "Reggie", "email", email, "password", TestData.PASSWORD));
	}

	private int messagesTo(String email) {
		return jdbc.sql("select count(*) from outbox_messages where to_address = ?").param(email).query(Integer.class).single();
	}

	private static MimeMessage mailOfKind(String email, int count, String kind) {
		return TestMail.awaitMessages(email, count).stream().filter(mail -> kind.equals(header(mail, "X-BackCare-Mail")))
			.reduce((first, second) -> {
				throw new AssertionError("more than one " + kind + " email to " + email);
			})
			.orElseThrow(() -> new AssertionError("no " + kind + " email to " + email));
	}

	private void assertDelivered(MimeMessage mail, String subject, String linkPath) throws MessagingException {
		var sender = new InternetAddress(from);
		assertThat(mail.getFrom()).singleElement().isInstanceOfSatisfying(InternetAddress.class, address -> {
			assertThat(address.getAddress()).isEqualTo(sender.getAddress());
			assertThat(address.getPersonal()).isEqualTo(sender.getPersonal());
		});
		assertThat(mail.getSubject()).isEqualTo(subject);
		assertThat(header(mail, "Auto-Submitted")).isEqualTo("auto-generated");
		String text = TestMail.text(mail);
		String html = TestMail.html(mail);
		assertThat(text).as("text part").isNotBlank();
		assertThat(html).as("HTML part").isNotBlank();
		String link = TestMail.link(mail, linkPath);
		assertThat(link).startsWith("http://localhost:" + port + linkPath);
		List<String> htmlLinks = hrefs(html).stream().filter(href -> href.contains(linkPath)).toList();
		assertThat(htmlLinks).as("links in the HTML part").isNotEmpty().allSatisfy(href -> assertThat(href).isEqualTo(link));
	}

	private void assertSent(String email, String subject) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<Outbox.Entry> entries = outbox.addressedTo(email, 10).stream().filter(entry -> entry.subject().equals(subject)).toList();
			assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.status()).isEqualTo(Outbox.Status.SENT);
				assertThat(entry.attempts()).isEqualTo(1);
				assertThat(entry.sentAt()).isNotNull().isAfterOrEqualTo(entry.createdAt());
				assertThat(entry.lastError()).isNull();
			});
		});
	}

	private static List<String> hrefs(String html) {
		Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
		List<String> found = new ArrayList<>();
		while (href.find()) {
			found.add(href.group(1).replace("&amp;", "&"));
		}
		return found;
	}

	private static String header(MimeMessage mail, String name) {
		try {
			String[] values = mail.getHeader(name);
			return values == null ? null : String.join(", ", values);
		}
		catch (MessagingException e) {
			throw new AssertionError("Unreadable header " + name, e);
		}
	}
}
