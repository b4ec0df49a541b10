package org.backcare.newsletter;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finding subscribers; the parts that change them keep their own statements. */
@Repository
class Subscribers {

	static final String COLUMNS = """
			s.id, s.public_id, s.email, s.first_name, s.status, s.interests, s.every_days, s.created_at,
			s.confirmed_at, s.last_digest_at, s.link_version""";

	private final JdbcClient jdbc;

	Subscribers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Subscriber> withId(long id) {
		return jdbc.sql("select " + COLUMNS + " from newsletter_subscribers s where s.id = :id")
			.param("id", id)
			.query((row, n) -> subscriber(row))
			.optional();
	}

	/** The subscriber with this address, in any case. */
	Optional<Subscriber> withEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from newsletter_subscribers s where lower(s.email) = lower(:email)")
			.param("email", email.strip())
			.query((row, n) -> subscriber(row))
			.optional();
	}

	Optional<Subscriber> withPublicId(UUID publicId) {
		return jdbc.sql("select " + COLUMNS + " from newsletter_subscribers s where s.public_id = :id")
			.param("id", publicId)
			.query((row, n) -> subscriber(row))
			.optional();
	}

	/** Maps a row selected with {@link #COLUMNS}. */
	static Subscriber subscriber(ResultSet row) throws SQLException {
		Array interests = row.getArray("interests");
		Integer everyDays = row.getObject("every_days", Integer.class);
		return new Subscriber(row.getLong("id"), row.getObject("public_id", UUID.class), row.getString("email"),
				row.getString("first_name"), SubscriberStatus.valueOf(row.getString("status")),
				Arrays.stream((String[]) interests.getArray())
					.map(Interest::fromCode)
					.flatMap(Optional::stream)
					.collect(Collectors.toSet()),
				everyDays, row.getTimestamp("created_at").toInstant(),
				instant(row.getTimestamp("confirmed_at")), instant(row.getTimestamp("last_digest_at")),
				row.getInt("link_version"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
