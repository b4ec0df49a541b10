package org.backcare.sessions;

import org.backcare.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Session records with their addenda, PSFS scores and check-in answers: the clinical record of the treatment,
 * kept on erasure (signed notes cannot change anyway). Only the check-in links stop working: their token hashes
 * are replaced by a value no link can match.
 */
@Component
class SessionsPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SessionsPersonalData(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String section() {
		return "sessions";
	}

	@Override
	public Object exportFor(long clientId) {
		return json.readTree(jdbc.sql("""
				select jsonb_build_object(
				    'sessionRecords', (select coalesce(jsonb_agg(to_jsonb(r) - 'client_id' || jsonb_build_object('addenda',
				        (select coalesce(jsonb_agg(to_jsonb(a) - 'booking_id' order by a.created_at, a.id), '[]')
				         from session_addenda a where a.booking_id = r.booking_id)) order by r.created_at), '[]')
				        from session_records r where r.client_id = :client),
				    'psfsScores', (select coalesce(jsonb_agg(to_jsonb(p) - 'client_id' order by p.measured_at, p.id), '[]')
				        from psfs_scores p where p.client_id = :client),
				    'checkIns', (select coalesce(jsonb_agg(to_jsonb(c) - 'client_id' - 'token_hash' order by c.invited_at), '[]')
				        from check_ins c where c.client_id = :client),
				    'progressReviews', (select coalesce(jsonb_agg(to_jsonb(v) - 'client_id' order by v.reviewed_at, v.id), '[]')
				        from progress_reviews v where v.client_id = :client))""")
			.param("client", clientId)
			.query(String.class)
			.single());
	}

	@Override
	public void erase(long clientId) {
		jdbc.sql("""
				update check_ins set token_hash = 'erased:' || booking_id
				where client_id = :client and token_hash <> 'erased:' || booking_id""")
			.param("client", clientId)
			.update();
	}
}
