package org.backcare.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who opened or changed the client's records, and when. The client's own addresses are theirs to see; a team
 * member's address is not. Kept on erasure: the trail of access to health records must outlive the request.
 */
@Component
class AuditLogPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditLogPersonalData(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String section() {
		return "recordAccess";
	}

	@Override
	public Object exportFor(long clientId) {
		return json.readTree(jdbc.sql("""
				select coalesce(jsonb_agg(jsonb_build_object('at', at, 'action', action, 'subject', subject,
				    'byYou', actor_id = client_id, 'ip', case when actor_id = client_id then host(ip) end) order by at, id), '[]')
				from audit_log where client_id = :client""")
			.param("client", clientId)
			.query(String.class)
			.single());
	}

	@Override
	public void erase(long clientId) {
		// Kept as it is: the log is append-only, and it holds ids, never names or addresses.
	}
}
