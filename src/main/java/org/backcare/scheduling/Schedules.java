package org.backcare.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Working hours, one-off days and time off: one statement each for the whole practice. */
@Repository
class Schedules {

	private final JdbcClient jdbc;

	Schedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<WorkingHours> weeklyHours() {
		return jdbc.sql("select * from working_hours order by therapist_id, weekday, starts")
			.query((rs, n) -> new WorkingHours(rs.getLong("id"), rs.getLong("therapist_id"), rs.getLong("location_id"),
					DayOfWeek.of(rs.getInt("weekday")), rs.getTime("starts").toLocalTime(), rs.getTime("ends").toLocalTime(),
					rs.getTime("break_starts") == null ? null : rs.getTime("break_starts").toLocalTime(),
					rs.getTime("break_ends") == null ? null : rs.getTime("break_ends").toLocalTime()))
			.list();
	}

	/** One-off days from {@code from} to {@code to}, both included. */
	List<WorkingDay> oneOffDays(LocalDate from, LocalDate to) {
		return jdbc.sql("select * from working_days where day between :from and :to order by therapist_id, day, starts")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new WorkingDay(rs.getLong("id"), rs.getLong("therapist_id"), rs.getLong("location_id"),
					rs.getDate("day").toLocalDate(), rs.getTime("starts").toLocalTime(), rs.getTime("ends").toLocalTime()))
			.list();
	}

	/** Time off that overlaps the time from {@code from} until {@code until}. */
	List<TimeOff> timeOff(Instant from, Instant until) {
		return jdbc.sql("""
				select id, therapist_id, lower(during) as starts, upper(during) as ends, reason from time_off
				where during && tstzrange(:from, :until) order by therapist_id, lower(during)""")
			.param("from", java.sql.Timestamp.from(from))
			.param("until", java.sql.Timestamp.from(until))
			.query((rs, n) -> new TimeOff(rs.getLong("id"), rs.getLong("therapist_id"), rs.getTimestamp("starts").toInstant(),
					rs.getTimestamp("ends").toInstant(), rs.getString("reason")))
			.list();
	}
}
