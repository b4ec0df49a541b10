package org.backcare.sessions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Patient-Specific Functional Scale ratings (11.1): up to 3 of the client's own activities, each rated 0-10. */
@Repository
class PsfsScores {

	static final int ACTIVITIES = 3;

	/** One taking of the scale: each activity with its rating, 0 (cannot do it) to 10 (as before the problem). */
	record Psfs(List<String> activities, List<Integer> ratings) {

		Psfs {
			activities = List.copyOf(activities);
			ratings = List.copyOf(ratings);
		}
	}

	private final JdbcClient jdbc;

	PsfsScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The client's first PSFS: the activities later takings rate again, and the session it was taken at (or null). */
	record Baseline(Long bookingId, List<String> activities) {
	}

	Optional<Baseline> baseline(long clientId) {
		return jdbc.sql("select booking_id, activities from psfs_scores where client_id = :client order by measured_at, id limit 1")
			.param("client", clientId)
			.query((rs, n) -> new Baseline(rs.getObject("booking_id", Long.class),
					Arrays.asList((String[]) rs.getArray("activities").getArray())))
			.optional();
	}

	Optional<Psfs> atSession(long bookingId) {
		return jdbc.sql("select activities, ratings from psfs_scores where booking_id = :booking")
			.param("booking", bookingId)
			.query((rs, n) -> new Psfs(Arrays.asList((String[]) rs.getArray("activities").getArray()),
					Arrays.asList((Integer[]) rs.getArray("ratings").getArray())))
			.optional();
	}

	/** One PSFS per session: saving again replaces the session's ratings. */
	void save(long clientId, long bookingId, Psfs psfs, Instant at) {
		jdbc.sql("""
				insert into psfs_scores (client_id, booking_id, measured_at, activities, ratings)
				values (:client, :booking, :at, :activities, :ratings)
				on conflict (booking_id) do update set activities = excluded.activities, ratings = excluded.ratings,
				    measured_at = excluded.measured_at""")
			.param("client", clientId)
			.param("booking", bookingId)
			.param("at", Timestamp.from(at))
			.param("activities", psfs.activities().toArray(String[]::new))
			.param("ratings", psfs.ratings().toArray(Integer[]::new))
			.update();
	}
}
