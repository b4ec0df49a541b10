package org.backcare.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backcare.identity.People;
import org.backcare.therapies.Technique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bookings as emails and calendars tell them: a whole list in two statements, one for the bookings with their
 * service and location, one for the names and addresses of everyone in it (identity's People).
 */
@Repository
public class BookedSessions {

	private static final String SELECT = """
			select b.id, b.client_id, b.therapist_id, b.starts_at, b.ends_at, s.name as service_name, s.technique,
			       l.name as location_name, l.address, l.time_zone
			from bookings b join services s on s.id = b.service_id join locations l on l.id = b.location_id
			""";

	private record Row(long id, long clientId, long therapistId, Instant startsAt, Instant endsAt, String serviceName,
			Technique technique, String locationName, String address, ZoneId zone) {
	}

	private final JdbcClient jdbc;

	private final People people;

	private final ServiceRules rules;

	BookedSessions(JdbcClient jdbc, People people, ServiceRules rules) {
		this.jdbc = jdbc;
		this.people = people;
		this.rules = rules;
	}

	/** The booking, whatever its status, e.g. to tell about it when it is cancelled. */
	public Optional<BookedSession> withId(long bookingId) {
		return sessions(jdbc.sql(SELECT + "where b.id = :id").param("id", bookingId).query(BookedSessions::row).list())
			.stream()
			.findFirst();
	}

	/** A client's booked sessions that end after {@code from} and start before {@code until}, earliest first. */
	public List<BookedSession> ofClient(long clientId, Instant from, Instant until) {
		return booked("b.client_id", clientId, from, until);
	}

	/** The booked sessions a therapist gives that end after {@code from} and start before {@code until}. */
	public List<BookedSession> ofTherapist(long therapistId, Instant from, Instant until) {
		return booked("b.therapist_id", therapistId, from, until);
	}

	/** Up to how long before its start the client may cancel or move the booking; empty for an unknown booking. */
	public Optional<Duration> cancellationWindowOf(long bookingId) {
		return jdbc.sql("select service_id from bookings where id = :id")
			.param("id", bookingId)
			.query(Long.class)
			.optional()
			.map(service -> rules.of(service).cancellationWindow());
	}

	private List<BookedSession> booked(String owner, long id, Instant from, Instant until) {
		return sessions(jdbc.sql(SELECT + "where " + owner + """
				 = :id and b.status = 'BOOKED' and b.ends_at > :from and b.starts_at < :until
				order by b.starts_at, b.id""")
			.param("id", id)
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query(BookedSessions::row)
			.list());
	}

	private List<BookedSession> sessions(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<Long> ids = new HashSet<>();
		rows.forEach(row -> {
			ids.add(row.clientId());
			ids.add(row.therapistId());
		});
		Map<Long, People.Person> persons = people.of(ids);
		return rows.stream().map(row -> {
			People.Person client = persons.get(row.clientId());
			return new BookedSession(row.id(), row.clientId(), client.name(), client.email(), row.therapistId(),
					persons.get(row.therapistId()).name(), row.serviceName(), row.technique(), row.locationName(),
					row.address(), row.zone(), row.startsAt(), row.endsAt());
		}).toList();
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("therapist_id"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("service_name"),
				Technique.valueOf(rs.getString("technique")), rs.getString("location_name"), rs.getString("address"),
				ZoneId.of(rs.getString("time_zone")));
	}
}
