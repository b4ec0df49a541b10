package org.backcare.scheduling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backcare.identity.People;
import org.backcare.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bookings (held times included), waitlist entries and whether the client has a calendar address (never the
 * address itself). On erasure, past bookings stay as the record of treatment given; sessions still to come are
 * cancelled without an email (their freed times go to the waitlist as usual), waitlist entries and calendar
 * addresses go.
 */
@Component
class SchedulingPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final People people;

	private final Bookings bookings;

	private final Holds holds;

	SchedulingPersonalData(JdbcClient jdbc, JsonMapper json, People people, Bookings bookings, Holds holds) {
		this.jdbc = jdbc;
		this.json = json;
		this.people = people;
		this.bookings = bookings;
		this.holds = holds;
	}

	@Override
	public String section() {
		return "scheduling";
	}

	@Override
	public Object exportFor(long clientId) {
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("bookings", json.readTree(jdbc.sql("""
				select coalesce(jsonb_agg(to_jsonb(b) - 'client_id' - 'blocked'
				    || jsonb_build_object('service', s.name, 'location', l.name, 'address', l.address) order by b.starts_at), '[]')
				from bookings b join services s on s.id = b.service_id join locations l on l.id = b.location_id
				where b.client_id = :client""").param("client", clientId).query(String.class).single()));
		export.put("waitlist", json.readTree(jdbc.sql("""
				select coalesce(jsonb_agg(to_jsonb(w) - 'client_id' order by w.id), '[]')
				from waitlist_entries w where w.client_id = :client""").param("client", clientId).query(String.class).single()));
		export.put("calendarFeeds", json.readTree(jdbc.sql("""
				select coalesce(jsonb_agg(to_jsonb(f) - 'account_id' - 'token_hash' order by f.id), '[]')
				from calendar_feeds f where f.account_id = :client""").param("client", clientId).query(String.class).single()));
		List<Long> therapists = jdbc.sql("select distinct therapist_id from bookings where client_id = :client")
			.param("client", clientId)
			.query(Long.class)
			.list();
		export.put("therapistNames", people.namesOf(therapists));
		return export;
	}

	@Override
	public void erase(long clientId) {
		// Their own entries first, so none of them is offered a time this erasure frees.
		jdbc.sql("delete from waitlist_entries where client_id = :client").param("client", clientId).update();
		jdbc.sql("delete from calendar_feeds where account_id = :client").param("client", clientId).update();
		List<Booking> upcoming = jdbc.sql("""
				select * from bookings where client_id = :client and status in ('BOOKED', 'HELD') and starts_at > now()
				order by starts_at for update""")
			.param("client", clientId)
			.query(Bookings::booking)
			.list();
		for (Booking booking : upcoming) {
			if (bookings.cancel(booking.id(), null)) {
				holds.offerFreedTime(booking, clientId);
			}
		}
	}
}
