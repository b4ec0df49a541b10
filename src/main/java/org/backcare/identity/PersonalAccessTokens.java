package org.backcare.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backcare.platform.AccessTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/** Personal access tokens for the JSON API: created by signing in, listed and revoked on the account page. */
@Service
class PersonalAccessTokens implements AccessTokens {

	record Listed(long id, String name, Instant createdAt, Instant lastUsedAt) {
	}

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Clock clock;

	PersonalAccessTokens(JdbcClient jdbc, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** @return the token; shown to its owner once and never stored */
	String create(AccountId account, String name) {
		String token = Secrets.newToken();
		jdbc.sql("insert into access_tokens (account_id, name, token_hash) values (:account, :name, :hash)")
			.param("account", account.value())
			.param("name", name)
			.param("hash", Secrets.hash(token))
			.update();
		return token;
	}

	List<Listed> activeOf(AccountId account) {
		return jdbc.sql("""
				select id, name, created_at, last_used_at from access_tokens
				where account_id = :account and revoked_at is null order by created_at desc, id desc""")
			.param("account", account.value())
			.query((row, n) -> new Listed(row.getLong("id"), row.getString("name"), Accounts.instant(row, "created_at"),
					Accounts.instant(row, "last_used_at")))
			.list();
	}

	/** @return whether a token of this account was revoked */
	boolean revoke(AccountId account, long tokenId) {
		return jdbc.sql("""
				update access_tokens set revoked_at = :now
				where id = :id and account_id = :account and revoked_at is null""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", tokenId)
			.param("account", account.value())
			.update() == 1;
	}

	void revokeAll(AccountId account) {
		jdbc.sql("update access_tokens set revoked_at = :now where account_id = :account and revoked_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("account", account.value())
			.update();
	}

	@Override
	public Optional<Authentication> authenticate(String token) {
		String hash = Secrets.hash(token);
		Optional<Long> accountId = jdbc.sql("""
				select account_id from access_tokens where token_hash = :hash and revoked_at is null""")
			.param("hash", hash)
			.query(Long.class)
			.optional();
		accountId.ifPresent(id -> jdbc.sql("""
				update access_tokens set last_used_at = :now
				where token_hash = :hash
				  and (last_used_at is null or last_used_at < cast(:now as timestamptz) - interval '1 minute')""")
			.param("now", Timestamp.from(clock.instant()))
			.param("hash", hash)
			.update());
		return accountId.flatMap(id -> accounts.withId(new AccountId(id)))
			.filter(Account::confirmed)
			.map(Account::signedIn)
			.map(me -> {
				me.eraseCredentials();
				return UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities());
			});
	}
}
