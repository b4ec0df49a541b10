package org.backcare.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time links sent by email (or, for the first admin, printed to the log). */
@Repository
class AccountLinks {

	enum Purpose {
		CONFIRM_EMAIL, RESET_PASSWORD, THERAPIST_INVITATION, FIRST_ADMIN
	}

	/** What a link turned out to be when someone followed it. */
	sealed interface Check {
	}

	record Valid(AccountId account) implements Check {
	}

	record Expired() implements Check {
	}

	record AlreadyUsed() implements Check {
	}

	record Unknown() implements Check {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return the token to put in the link; it is not stored anywhere */
	String issue(Purpose purpose, AccountId account, Duration validFor) {
		String token = Secrets.newToken();
		jdbc.sql("""
				insert into account_links (token_hash, purpose, account_id, expires_at)
				values (:hash, :purpose, :account, :expires)""")
			.param("hash", Secrets.hash(token))
			.param("purpose", purpose.name())
			.param("account", account == null ? null : account.value())
			.param("expires", Timestamp.from(clock.instant().plus(validFor)))
			.update();
		return token;
	}

	Check check(Purpose purpose, String token) {
		return find(purpose, token, false);
	}

	/** Checks the link and, if it is valid, uses it up; in the caller's transaction, so one use wins a race. */
	Check use(Purpose purpose, String token) {
		Check check = find(purpose, token, true);
		if (check instanceof Valid) {
			jdbc.sql("update account_links set used_at = :now where token_hash = :hash")
				.param("now", Timestamp.from(clock.instant()))
				.param("hash", Secrets.hash(token))
				.update();
		}
		return check;
	}

	/** Retires the unused links of a purpose, e.g. older reset links once a newer one has been used. */
	void retire(Purpose purpose, AccountId account) {
		jdbc.sql("""
				update account_links set used_at = :now
				where purpose = :purpose and account_id is not distinct from :account and used_at is null""")
			.param("now", Timestamp.from(clock.instant()))
			.param("purpose", purpose.name())
			.param("account", account == null ? null : account.value())
			.update();
	}

	private Check find(Purpose purpose, String token, boolean lock) {
		if (token == null || token.length() > 100) {
			return new Unknown();
		}
		Optional<Row> row = jdbc.sql("""
				select account_id, expires_at, used_at from account_links
				where token_hash = :hash and purpose = :purpose""" + (lock ? " for update" : ""))
			.param("hash", Secrets.hash(token))
			.param("purpose", purpose.name())
			.query((rs, n) -> new Row(rs.getObject("account_id", Long.class), Accounts.instant(rs, "expires_at"),
					Accounts.instant(rs, "used_at")))
			.optional();
		if (row.isEmpty()) {
			return new Unknown();
		}
		if (row.get().usedAt() != null) {
			return new AlreadyUsed();
		}
		if (!row.get().expiresAt().isAfter(clock.instant())) {
			return new Expired();
		}
		return new Valid(row.get().account() == null ? null : new AccountId(row.get().account()));
	}

	private record Row(Long account, Instant expiresAt, Instant usedAt) {
	}
}
