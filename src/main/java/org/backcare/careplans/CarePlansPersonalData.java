package org.backcare.careplans;

import org.backcare.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The client's care plans with every version and the reason for each change: a health record, kept on erasure. */
@Component
class CarePlansPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CarePlansPersonalData(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String section() {
		return "carePlans";
	}

	@Override
	public Object exportFor(long clientId) {
		return json.readTree(jdbc.sql("""
				select coalesce(jsonb_agg(to_jsonb(p) - 'client_id' || jsonb_build_object('versions',
				    (select jsonb_agg(to_jsonb(v) - 'plan_id' order by v.version) from care_plan_versions v where v.plan_id = p.id))
				    order by p.id), '[]')
				from care_plans p where p.client_id = :client""")
			.param("client", clientId)
			.query(String.class)
			.single());
	}

	@Override
	public void erase(long clientId) {
		// Kept as they are: a care plan is part of the health record, and it holds no name or address.
	}
}
