package org.backcare.newsletter;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Subscribers in any state, with a consent row, written straight into the tables the sign-up writes. */
final class SubscriberRows {

	static final String IP = "198.51.100.7";

	private final JdbcClient jdbc;

	SubscriberRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(String email, String firstName, SubscriberStatus status, Interest... interests) {
		Instant signedUp = Instant.now().minus(3, ChronoUnit.DAYS);
		Instant confirmed = status == SubscriberStatus.PENDING ? null : signedUp.plus(10, ChronoUnit.MINUTES);
		String[] codes = Set.of(interests).stream().map(Enum::name).toArray(String[]::new);
		long id = jdbc.sql("""
				insert into newsletter_subscribers (email, first_name, status, interests, created_at, confirmed_at)
				values (:email, :name, :status, cast(:interests as text[]), :signedUp, :confirmed) returning id""")
			.param("email", email)
			.param("name", firstName)
			.param("status", status.name())
			.param("interests", codes)
			.param("signedUp", Timestamp.from(signedUp))
			.param("confirmed", confirmed == null ? null : Timestamp.from(confirmed))
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into newsletter_consents (subscriber_id, given_at, form, wording_version, ip, interests, confirmed_at)
				values (:id, :signedUp, 'FOOTER', :wording, :ip, cast(:interests as text[]), :confirmed)""")
			.param("id", id)
			.param("signedUp", Timestamp.from(signedUp))
			.param("wording", ConsentWording.CURRENT)
			.param("ip", IP)
			.param("interests", codes)
			.param("confirmed", confirmed == null ? null : Timestamp.from(confirmed))
			.update();
		return id;
	}

	/** A send run that had this subscriber as a recipient, with the recipient's status. */
	long digest(long subscriberId, String status) {
		long run = jdbc.sql("insert into newsletter_runs (started_by, status) values ('test', 'FINISHED') returning id")
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into newsletter_run_recipients (run_id, subscriber_id, status, finished_at)
				values (:run, :subscriber, :status, now())""")
			.param("run", run)
			.param("subscriber", subscriberId)
			.param("status", status)
			.update();
		return run;
	}

	Map<String, Object> row(long id) {
		return jdbc.sql("select status, bounced_at, bounce_reason from newsletter_subscribers where id = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

	boolean exists(long id) {
		return jdbc.sql("select count(*) from newsletter_subscribers where id = :id").param("id", id).query(Integer.class).single() == 1;
	}

	int consents(long id) {
		return jdbc.sql("select count(*) from newsletter_consents where subscriber_id = :id").param("id", id).query(Integer.class).single();
	}

	/** The actions the audit log holds for this subscriber, oldest first. */
	java.util.List<String> audited(long id) {
		return jdbc.sql("select action from audit_log where subject = :subject order by id")
			.param("subject", "newsletter-subscriber:" + id)
			.query(String.class)
			.list();
	}
}
