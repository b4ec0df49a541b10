package org.backcare.content;

import org.backcare.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A client's testimonials with the consent they gave. Erasure deletes them: published or not, they go. */
@Component
class TestimonialsPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TestimonialsPersonalData(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String section() {
		return "testimonials";
	}

	@Override
	public Object exportFor(long clientId) {
		return json.readTree(jdbc.sql("""
				select coalesce(jsonb_agg(to_jsonb(t) - 'account_id' - 'decided_by' order by t.submitted_at), '[]')
				from content_testimonials t where t.account_id = :client""")
			.param("client", clientId)
			.query(String.class)
			.single());
	}

	@Override
	public void erase(long clientId) {
		jdbc.sql("delete from content_testimonials where account_id = :client").param("client", clientId).update();
	}
}
