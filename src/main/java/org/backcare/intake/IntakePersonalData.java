package org.backcare.intake;

import org.backcare.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consultations with every answer and their screening, signed consents, clearances (the letter itself, in base64)
 * and the alerts the practice got. All of it is the health record, kept on erasure; only a consultation the
 * client started and never sent goes, since nobody relied on it for their care.
 */
@Component
class IntakePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	IntakePersonalData(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String section() {
		return "intake";
	}

	@Override
	public Object exportFor(long clientId) {
		return json.readTree(jdbc.sql("""
				select jsonb_build_object(
				    'consultations', (select coalesce(jsonb_agg(to_jsonb(c) - 'client_id' order by c.id), '[]')
				        from consultations c where c.client_id = :client),
				    'consents', (select coalesce(jsonb_agg(jsonb_build_object('version', s.version, 'text', v.text,
				        'typedName', s.typed_name, 'signedAt', s.signed_at) order by s.id), '[]')
				        from consents s join consent_versions v on v.version = s.version where s.client_id = :client),
				    'clearances', (select coalesce(jsonb_agg(to_jsonb(l) - 'client_id' - 'letter'
				        || jsonb_build_object('letterBase64', encode(l.letter, 'base64')) order by l.recorded_at), '[]')
				        from clearances l where l.client_id = :client),
				    'practiceAlerts', (select coalesce(jsonb_agg(to_jsonb(a) - 'client_id' order by a.id), '[]')
				        from practice_alerts a where a.client_id = :client))""")
			.param("client", clientId)
			.query(String.class)
			.single());
	}

	@Override
	public void erase(long clientId) {
		jdbc.sql("delete from consultations where client_id = :client and status = 'DRAFT'").param("client", clientId).update();
	}
}
