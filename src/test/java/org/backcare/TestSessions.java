package org.backcare;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for tests that need booked sessions without going through booking: people, a therapist, a location with
 * a room, a service and bookings, inserted directly. Each call makes its own, so tests never overlap.
 */
public final class TestSessions {

	public record Place(long locationId, long roomId, ZoneId zone) {
	}

	private final JdbcClient jdbc;

	public TestSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A confirmed client account. */
	public long client(String name, String email) {
		return account(name, email, "CLIENT");
	}

	/** A confirmed therapist account with a therapist profile. */
	public long therapist(String name) {
		long id = account(name, TestData.email("therapist"), "THERAPIST");
		profile(id);
		return id;
	}

	/** The therapist profile that bookings refer to, for an account made elsewhere (e.g. through an invitation). */
	public void profile(long accountId) {
		jdbc.sql("insert into therapists (account_id, skills) values (?, '{DEEP_TISSUE}')").param(accountId).update();
	}

	public Place place(ZoneId zone) {
		long location = jdbc.sql("""
				insert into locations (name, address, time_zone) values (?, '418 Riverside Avenue, Chicago, IL 60606', ?)
				returning id""")
			.params("Studio " + TestData.email("place"), zone.getId())
			.query(Long.class)
			.single();
		long room = jdbc.sql("insert into rooms (location_id, name) values (?, 'Willow room') returning id")
			.param(location)
			.query(Long.class)
			.single();
		return new Place(location, room, zone);
	}

	/** An inactive service, so it never clashes with the catalogue's one active service per technique and length. */
	public long service(String name, int minutes) {
		return jdbc.sql("""
				insert into services (technique, minutes, price_minor, currency, name, active)
				values ('DEEP_TISSUE', ?, 9000, 'USD', ?, false) returning id""")
			.params(minutes, name)
			.query(Long.class)
			.single();
	}

	public long book(long client, long therapist, Place place, long service, Instant start, Duration length) {
		return jdbc.sql("""
				insert into bookings (client_id, therapist_id, location_id, room_id, service_id, starts_at, ends_at, blocked)
				values (:client, :therapist, :location, :room, :service, :start, :end, tstzrange(:start, :end))
				returning id""")
			.param("client", client)
			.param("therapist", therapist)
			.param("location", place.locationId())
			.param("room", place.roomId())
			.param("service", service)
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(start.plus(length)))
			.query(Long.class)
			.single();
	}

	public void cancel(long booking) {
		jdbc.sql("update bookings set status = 'CANCELLED', cancelled_at = now() where id = ?").param(booking).update();
	}

	private long account(String name, String email, String role) {
		return jdbc.sql("""
				insert into accounts (email, display_name, roles, email_confirmed_at)
				values (?, ?, array[?], now()) returning id""")
			.params(email, name, role)
			.query(Long.class)
			.single();
	}
}
