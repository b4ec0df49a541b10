package org.backcare.newsletter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.backcare.TestMail;
import org.backcare.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signs people up through the forms and reads what the newsletter and the outbox hold about them. */
final class Newsletters {

	static final String CONFIRM_SUBJECT = "Confirm your BackCare newsletter";

	static final String ALREADY_SUBJECT = "already subscribed";

	private final JdbcClient jdbc;

	private final Subscribers subscribers;

	Newsletters(JdbcClient jdbc, Subscribers subscribers) {
		this.jdbc = jdbc;
		this.subscribers = subscribers;
	}

	/** Posts a sign-up form as the footer does: no CSRF token, no session needed. */
	static WebSession.Response signUp(WebSession visitor, String email, String firstName, String form,
			String... interests) {
		List<String> pairs = new ArrayList<>(List.of("email", email, "firstName", firstName, "form", form, "website", ""));
		for (String interest : interests) {
			pairs.add("interests");
			pairs.add(interest);
		}
		return visitor.postWithoutCsrf("/newsletter/subscriptions", pairs);
	}

	/** A confirmed subscriber, through the form and the link in the email. */
	Subscriber confirmed(WebSession visitor, String email, String... interests) {
		signUp(visitor, email, "", "PAGE", interests);
		visitor.get(WebSession.pathOf(TestMail.link(TestMail.awaitWithSubject(email, CONFIRM_SUBJECT).get(0),
				"/newsletter/confirm/")));
		return subscriber(email);
	}

	Subscriber subscriber(String email) {
		return subscribers.withEmail(email).orElseThrow();
	}

	/** Emails written to the address (in the outbox at once, before delivery) whose subject holds the words. */
	int mailsTo(String email, String subjectPart) {
		return jdbc.sql("select count(*) from outbox_messages where lower(to_address) = lower(?) and subject like ?")
			.params(email, "%" + subjectPart + "%")
			.query(Integer.class)
			.single();
	}

	/** The confirmation link path in the latest confirmation email in the outbox. */
	String latestConfirmPath(String email) {
		String text = jdbc.sql("""
				select text_body from outbox_messages where lower(to_address) = lower(?) and subject like ?
				order by id desc limit 1""")
			.params(email, "%" + CONFIRM_SUBJECT + "%")
			.query(String.class)
			.single();
		var matcher = java.util.regex.Pattern.compile("https?://\\S+?(/newsletter/confirm/\\S+)").matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No confirmation link in:\n" + text);
		}
		return matcher.group(1);
	}

	int consents(String email) {
		return jdbc.sql("""
				select count(*) from newsletter_consents c join newsletter_subscribers s on s.id = c.subscriber_id
				where lower(s.email) = lower(?)""")
			.params(email)
			.query(Integer.class)
			.single();
	}

	void expireConfirmation(String email) {
		jdbc.sql("update newsletter_subscribers set confirm_expires_at = ? where lower(email) = lower(?)")
			.params(Timestamp.from(Instant.now().minusSeconds(60)), email)
			.update();
	}

	void bumpLinkVersion(long subscriberId) {
		jdbc.sql("update newsletter_subscribers set link_version = link_version + 1 where id = ?")
			.params(subscriberId)
			.update();
	}
}
