package org.backcare.newsletter;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the admin reads about one subscriber: where they stand, every consent they gave and the digests they got. */
@Repository
class SubscriberHistory {

	/** Digests listed on a subscriber's page, newest first: a year and more of them at one every few days. */
	static final int DIGESTS_SHOWN = 200;

	/** When and why a subscriber stopped getting mail; all null while they get it. */
	record Standing(Instant unsubscribedAt, Instant bouncedAt, String bounceReason) {
	}

	/** One sign-up, as the person agreed to it. */
	record Consent(Instant givenAt, SignUpForm form, String wordingVersion, String ip, Set<Interest> interests,
			Instant confirmedAt, Instant withdrawnAt) {

		/** The sentence the form showed, as it read then. */
		String wording() {
			return ConsentWording.of(wordingVersion);
		}
	}

	/** One digest in one send run. */
	record DigestReceived(long runId, Instant runStartedAt, String status, Instant finishedAt, String error) {
	}

	private final JdbcClient jdbc;

	SubscriberHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Standing standing(long subscriberId) {
		return jdbc.sql("select unsubscribed_at, bounced_at, bounce_reason from newsletter_subscribers where id = :id")
			.param("id", subscriberId)
			.query((row, n) -> new Standing(instant(row, "unsubscribed_at"), instant(row, "bounced_at"),
					row.getString("bounce_reason")))
			.optional()
			.orElse(new Standing(null, null, null));
	}

	/** Newest first. */
	List<Consent> consents(long subscriberId) {
		return jdbc.sql("""
				select given_at, form, wording_version, ip, interests, confirmed_at, withdrawn_at
				from newsletter_consents where subscriber_id = :id order by id desc""")
			.param("id", subscriberId)
			.query((row, n) -> new Consent(instant(row, "given_at"), SignUpForm.valueOf(row.getString("form")),
					row.getString("wording_version"), row.getString("ip"), interests(row.getArray("interests")),
					instant(row, "confirmed_at"), instant(row, "withdrawn_at")))
			.list();
	}

	/** Newest first, at most {@link #DIGESTS_SHOWN}. */
	List<DigestReceived> digests(long subscriberId) {
		return jdbc.sql("""
				select r.run_id, run.started_at, r.status, r.finished_at, r.error
				from newsletter_run_recipients r join newsletter_runs run on run.id = r.run_id
				where r.subscriber_id = :id order by run.started_at desc, r.id desc limit :limit""")
			.param("id", subscriberId)
			.param("limit", DIGESTS_SHOWN)
			.query((row, n) -> new DigestReceived(row.getLong("run_id"), instant(row, "started_at"),
					row.getString("status"), instant(row, "finished_at"), row.getString("error")))
			.list();
	}

	private static Set<Interest> interests(Array codes) throws SQLException {
		return Arrays.stream((String[]) codes.getArray())
			.map(Interest::fromCode)
			.flatMap(Optional::stream)
			.collect(Collectors.toSet());
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
