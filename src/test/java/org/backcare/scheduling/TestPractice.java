package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.backcare.TestConsultations;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.backcare.therapies.Skill;
import org.backcare.therapies.Technique;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A practice of its own for a test, in a database tests share: a new location with two rooms, and therapists who
 * work there every day from 08:00 to 20:00 local time with a valid licence. Searches name a therapist, so other
 * tests' therapists never get in the way.
 */
final class TestPractice {

	static final String JURISDICTION = "US-IL";

	final JdbcClient jdbc;

	final long locationId;

	final ZoneId zone;

	final List<Long> rooms;

	private TestPractice(JdbcClient jdbc, long locationId, ZoneId zone, List<Long> rooms) {
		this.jdbc = jdbc;
		this.locationId = locationId;
		this.zone = zone;
		this.rooms = rooms;
	}

	static TestPractice in(JdbcClient jdbc, ZoneId zone) {
		long location = jdbc.sql("""
				insert into locations (name, address, time_zone, jurisdiction)
				values (:name, '1 Test Street, Springfield', :zone, :jurisdiction) returning id""")
			.param("name", "Test " + UUID.randomUUID())
			.param("zone", zone.getId())
			.param("jurisdiction", JURISDICTION)
			.query(Long.class)
			.single();
		List<Long> rooms = List.of(room(jdbc, location, "Room A"), room(jdbc, location, "Room B"));
		return new TestPractice(jdbc, location, zone, rooms);
	}

	private static long room(JdbcClient jdbc, long location, String name) {
		return jdbc.sql("insert into rooms (location_id, name) values (:location, :name) returning id")
			.param("location", location)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	/** A confirmed client account whose password is {@link TestData#PASSWORD}; returns its id. */
	static long client(JdbcClient jdbc, String email) {
		return jdbc.sql("""
				insert into accounts (email, display_name, password_hash, roles, email_confirmed_at)
				values (:email, 'Test Client', :hash, array['CLIENT'], now()) returning id""")
			.param("email", email)
			.param("hash", "{noop}" + TestData.PASSWORD)
			.query(Long.class)
			.single();
	}

	/** A licensed therapist with these trainings, working here every day from 08:00 to 20:00. */
	long therapist(String name, Skill... skills) {
		long id = jdbc.sql("""
				insert into accounts (email, display_name, password_hash, roles, email_confirmed_at)
				values (:email, :name, '{noop}unused', array['THERAPIST'], now()) returning id""")
			.param("email", TestData.email("therapist"))
			.param("name", name)
			.query(Long.class)
			.single();
		jdbc.sql("insert into therapists (account_id, skills) values (:id, :skills)")
			.param("id", id)
			.param("skills", Arrays.stream(skills).map(Skill::name).toArray(String[]::new))
			.update();
		licence(id, LocalDate.now().plusYears(2));
		for (DayOfWeek day : DayOfWeek.values()) {
			jdbc.sql("""
					insert into working_hours (therapist_id, location_id, weekday, starts, ends)
					values (:therapist, :location, :weekday, '08:00', '20:00')""")
				.param("therapist", id)
				.param("location", locationId)
				.param("weekday", day.getValue())
				.update();
		}
		return id;
	}

	void licence(long therapist, LocalDate expires) {
		jdbc.sql("""
				insert into therapist_credentials (therapist_id, credential_type, title, issuing_authority, jurisdiction,
				    licence_number, status, authorised_to_practise, expires_on)
				values (:therapist, 'LICENCE', 'LMT', 'Test Board', :jurisdiction, :number, 'ACTIVE', true, :expires)""")
			.param("therapist", therapist)
			.param("jurisdiction", JURISDICTION)
			.param("number", UUID.randomUUID().toString().substring(0, 12))
			.param("expires", expires)
			.update();
	}

	/** That many days from today, at this local time here. */
	ZonedDateTime at(int daysAhead, int hour, int minute) {
		return ZonedDateTime.of(LocalDate.now(zone).plusDays(daysAhead), LocalTime.of(hour, minute), zone);
	}

	/** The active first-visit consultation service, created once for all tests. */
	static long consultation(JdbcClient jdbc) {
		return service(jdbc, Technique.SWEDISH, 60, null, true);
	}

	/** The active service for this technique and length, created when no test has made one yet. */
	static long service(JdbcClient jdbc, Technique technique, int minutes, Skill skill, boolean consultation) {
		jdbc.sql("""
				insert into services (technique, minutes, price_minor, currency, required_skill, name, consultation)
				values (:technique, :minutes, 9000, 'USD', :skill, :name, :consultation) on conflict do nothing""")
			.param("technique", technique.name())
			.param("minutes", minutes)
			.param("skill", skill == null ? null : skill.name())
			.param("name", (consultation ? "Consultation " : technique.name() + " ") + minutes)
			.param("consultation", consultation)
			.update();
		return jdbc.sql("""
				select id from services where technique = :technique and minutes = :minutes and consultation = :consultation and active""")
			.param("technique", technique.name())
			.param("minutes", minutes)
			.param("consultation", consultation)
			.query(Long.class)
			.single();
	}

	/** Lets a test sign in as this account with {@link TestData#PASSWORD}; returns its email address. */
	String canSignIn(long accountId) {
		return jdbc.sql("update accounts set password_hash = :hash where id = :id returning email")
			.param("hash", "{noop}" + TestData.PASSWORD)
			.param("id", accountId)
			.query(String.class)
			.single();
	}

	/**
	 * The signed-in client answers the consultation as a chronic desk worker and the signed-in therapist approves
	 * the proposed plan; returns the plan's id.
	 */
	long approvedPlan(WebSession client, String email, String name, WebSession therapist) {
		TestConsultations.submitChronicDeskWorker(client, name);
		long plan = jdbc.sql("select p.id from care_plans p join accounts a on a.id = p.client_id where a.email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		therapist.get("/therapist/plans/" + plan);
		assertThat(therapist.post("/therapist/plans/" + plan + "/approval", List.of("version", "1")).status()).isEqualTo(302);
		return plan;
	}
}
