package org.backcare.homecare;

import org.backcare.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The home programme the client's plan assigned, and the days they ticked. On erasure the ticks go (a diary of
 * the client's days, not a clinical record); the assigned items stay with the plan that chose them.
 */
@Component
class HomeCarePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	HomeCarePersonalData(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String section() {
		return "homeProgramme";
	}

	@Override
	public Object exportFor(long clientId) {
		return json.readTree(jdbc.sql("""
				select jsonb_build_object(
				    'items', (select coalesce(jsonb_agg(to_jsonb(i) - 'client_id' order by i.position), '[]')
				        from homecare_programme_items i where i.client_id = :client),
				    'ticks', (select coalesce(jsonb_agg(to_jsonb(t) - 'client_id' order by t.day, t.item_slug), '[]')
				        from homecare_ticks t where t.client_id = :client))""")
			.param("client", clientId)
			.query(String.class)
			.single());
	}

	@Override
	public void erase(long clientId) {
		jdbc.sql("delete from homecare_ticks where client_id = :client").param("client", clientId).update();
	}
}
