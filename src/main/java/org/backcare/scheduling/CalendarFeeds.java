package org.backcare.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.backcare.identity.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The calendar_feeds table: at most one live secret address per person and audience. */
@Repository
class CalendarFeeds {

	/** Whose sessions a feed shows: the client's own, or those the therapist gives. */
	enum Audience {
		CLIENT, THERAPIST
	}

	record Feed(long accountId, Audience audience, Instant createdAt, Instant lastFetchedAt) {
	}

	// What Secrets.newToken makes: 32 random bytes in URL-safe Base64 without padding.
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final JdbcClient jdbc;

	CalendarFeeds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new address, replacing the live one if there is one; the token is returned once and never stored. */
	@Transactional
	String replace(long accountId, Audience audience) {
		revoke(accountId, audience);
		String token = Secrets.newToken();
		jdbc.sql("insert into calendar_feeds (account_id, audience, token_hash) values (:account, :audience, :hash)")
			.param("account", accountId)
			.param("audience", audience.name())
			.param("hash", Secrets.hash(token))
			.update();
		return token;
	}

	Optional<Feed> live(long accountId, Audience audience) {
		return jdbc.sql("""
				select * from calendar_feeds where account_id = :account and audience = :audience and revoked_at is null""")
			.param("account", accountId)
			.param("audience", audience.name())
			.query(CalendarFeeds::feed)
			.optional();
	}

	/** @return whether there was a live address to revoke */
	boolean revoke(long accountId, Audience audience) {
		return jdbc.sql("""
				update calendar_feeds set revoked_at = now()
				where account_id = :account and audience = :audience and revoked_at is null""")
			.param("account", accountId)
			.param("audience", audience.name())
			.update() == 1;
	}

	/** The live feed with this token, noting that an app fetched it; one statement. */
	Optional<Feed> fetch(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update calendar_feeds set last_fetched_at = now()
				where token_hash = :hash and revoked_at is null
				returning *""")
			.param("hash", Secrets.hash(token))
			.query(CalendarFeeds::feed)
			.optional();
	}

	private static Feed feed(ResultSet row, int number) throws SQLException {
		Timestamp fetched = row.getTimestamp("last_fetched_at");
		return new Feed(row.getLong("account_id"), Audience.valueOf(row.getString("audience")),
				row.getTimestamp("created_at").toInstant(), fetched == null ? null : fetched.toInstant());
	}
}
