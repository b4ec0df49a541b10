package org.backcare.notifications;

import java.util.List;

import org.backcare.identity.People;
import org.backcare.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emails written to the client: subject, when, and where delivery stands (the words are in the records they
 * came from). On erasure every email to their address goes, those not yet sent included, so no reminder or
 * other mail reaches an erased client and the mailbox no longer shows their address. The account is erased
 * after this, so the address is still known here.
 */
@Component
class NotificationsPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final People people;

	NotificationsPersonalData(JdbcClient jdbc, JsonMapper json, People people) {
		this.jdbc = jdbc;
		this.json = json;
		this.people = people;
	}

	@Override
	public String section() {
		return "emails";
	}

	@Override
	public Object exportFor(long clientId) {
		return people.withId(clientId).<Object>map(person -> json.readTree(jdbc.sql("""
				select coalesce(jsonb_agg(jsonb_build_object('to', to_address, 'subject', subject, 'status', status,
				    'createdAt', created_at, 'sentAt', sent_at, 'cancelledAt', cancelled_at) order by id), '[]')
				from outbox_messages where lower(to_address) = lower(:to)""")
			.param("to", person.email())
			.query(String.class)
			.single())).orElse(List.of());
	}

	@Override
	public void erase(long clientId) {
		people.withId(clientId)
			.ifPresent(person -> jdbc.sql("delete from outbox_messages where lower(to_address) = lower(:to)")
				.param("to", person.email())
				.update());
	}
}
