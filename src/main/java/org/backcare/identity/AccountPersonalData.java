package org.backcare.identity;

import org.backcare.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account itself: name, address, roles, dates, API tokens (names and dates, never the secret) and one-time
 * links sent. Erasure turns it into a pseudonym nobody can sign in to: signed-in sessions end, tokens and links
 * go. {@link ClientData} erases it after every other module, which may still need the client's address.
 */
@Component
class AccountPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Accounts accounts;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountPersonalData(JdbcClient jdbc, JsonMapper json, Accounts accounts,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.jdbc = jdbc;
		this.json = json;
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@Override
	public String section() {
		return "account";
	}

	@Override
	public Object exportFor(long clientId) {
		return json.readTree(jdbc.sql("""
				select jsonb_build_object(
				    'id', a.id, 'email', a.email, 'displayName', a.display_name, 'roles', a.roles, 'about', a.bio,
				    'emailConfirmedAt', a.email_confirmed_at, 'createdAt', a.created_at, 'erasedAt', a.erased_at,
				    'accessTokens', (select coalesce(jsonb_agg(jsonb_build_object('name', t.name, 'createdAt', t.created_at,
				        'lastUsedAt', t.last_used_at, 'revokedAt', t.revoked_at) order by t.id), '[]')
				        from access_tokens t where t.account_id = a.id),
				    'emailLinks', (select coalesce(jsonb_agg(jsonb_build_object('purpose', l.purpose, 'createdAt', l.created_at,
				        'expiresAt', l.expires_at, 'usedAt', l.used_at) order by l.created_at), '[]')
				        from account_links l where l.account_id = a.id))
				from accounts a where a.id = :client""")
			.param("client", clientId)
			.query(String.class)
			.optional()
			.orElse("{}"));
	}

	@Override
	public void erase(long clientId) {
		var account = accounts.withId(new AccountId(clientId));
		if (account.isEmpty()) {
			return;
		}
		// Sessions are found by the name the client signed in with: their address, before it goes.
		sessions.findByPrincipalName(account.get().email()).keySet().forEach(sessions::deleteById);
		jdbc.sql("delete from access_tokens where account_id = :client").param("client", clientId).update();
		jdbc.sql("delete from account_links where account_id = :client").param("client", clientId).update();
		accounts.erase(account.get().id());
	}
}
