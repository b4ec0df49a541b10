package org.backcare.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
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
		return jdbc.sql("select * from working_hours order by therapist_id, weekday, starts").query(Schedules::workingHours).list();
	}

	/** One-off days from {@code from} to {@code to}, both included. */
	List<WorkingDay> oneOffDays(LocalDate from, LocalDate to) {
		return jdbc.sql("select * from working_days where day between :from and :to order by therapist_id, day, starts")
			.param("from", from)
			.param("to", to)
			.query(Schedules::workingDay)
			.list();
	}

	/** Time off that overlaps the time from {@code from} until {@code until}. */
	List<TimeOff> timeOff(Instant from, Instant until) {
		return jdbc.sql("""
				select id, therapist_id, lower(during) as starts, upper(during) as ends, reason from time_off
				where during && tstzrange(:from, :until) order by therapist_id, lower(during)""")
			.param("from", java.sql.Timestamp.from(from))
			.param("until", java.sql.Timestamp.from(until))
			.query(Schedules::timeOff)
			.list();
	}

	/** A therapist's weekly hours, every location, by weekday and time. */
	List<WorkingHours> weeklyHoursOf(long therapistId) {
		return jdbc.sql("select * from working_hours where therapist_id = :therapist order by weekday, starts")
			.param("therapist", therapistId)
			.query(Schedules::workingHours)
			.list();
	}

	/** A therapist's one-off days from {@code from} on. */
	List<WorkingDay> oneOffDaysOf(long therapistId, LocalDate from) {
		return jdbc.sql("select * from working_days where therapist_id = :therapist and day >= :from order by day, starts")
			.param("therapist", therapistId)
			.param("from", from)
			.query(Schedules::workingDay)
			.list();
	}

	/** A therapist's time off that has not ended at {@code now}. */
	List<TimeOff> timeOffOf(long therapistId, Instant now) {
		return jdbc.sql("""
				select id, therapist_id, lower(during) as starts, upper(during) as ends, reason from time_off
				where therapist_id = :therapist and upper(during) > :now order by lower(during)""")
			.param("therapist", therapistId)
			.param("now", java.sql.Timestamp.from(now))
			.query(Schedules::timeOff)
			.list();
	}

	/**
	 * The same hours on each of these weekdays, in one statement: all of them or none.
	 *
	 * @throws OverlappingTimes when the therapist has hours on one of the days that overlap these
	 */
	void addWeeklyHours(long therapistId, long locationId, Collection<DayOfWeek> weekdays, LocalTime starts, LocalTime ends,
			LocalTime breakStarts, LocalTime breakEnds) {
		try {
			jdbc.sql("""
					insert into working_hours (therapist_id, location_id, weekday, starts, ends, break_starts, break_ends)
					select :therapist, :location, weekday, :starts::time, :ends::time, :breakStarts::time, :breakEnds::time
					from unnest(:weekdays::int[]) as weekday""")
				.param("therapist", therapistId)
				.param("location", locationId)
				.param("weekdays", weekdays.stream().map(DayOfWeek::getValue).toArray(Integer[]::new))
				.param("starts", starts)
				.param("ends", ends)
				.param("breakStarts", breakStarts)
				.param("breakEnds", breakEnds)
				.update();
		}
		catch (DataIntegrityViolationException refused) {
			throw OverlappingTimes.from(refused);
		}
	}

	/** @throws OverlappingTimes when the therapist has other hours that day that overlap these */
	void addOneOffDay(long therapistId, long locationId, LocalDate day, LocalTime starts, LocalTime ends) {
		try {
			jdbc.sql("""
					insert into working_days (therapist_id, location_id, day, starts, ends)
					values (:therapist, :location, :day, :starts, :ends)""")
				.param("therapist", therapistId)
				.param("location", locationId)
				.param("day", day)
				.param("starts", starts)
				.param("ends", ends)
				.update();
		}
		catch (DataIntegrityViolationException refused) {
			throw OverlappingTimes.from(refused);
		}
	}

	/**
	 * Time off, unless it overlaps time off the therapist has already (which would say the same thing twice).
	 *
	 * @throws OverlappingTimes when it does
	 */
	void addTimeOff(long therapistId, Instant starts, Instant ends, String reason) {
		int added = jdbc.sql("""
				insert into time_off (therapist_id, during, reason)
				select :therapist, tstzrange(:starts, :ends), :reason::text
				where not exists (select 1 from time_off where therapist_id = :therapist and during && tstzrange(:starts, :ends))""")
			.param("therapist", therapistId)
			.param("starts", java.sql.Timestamp.from(starts))
			.param("ends", java.sql.Timestamp.from(ends))
			.param("reason", reason)
			.update();
		if (added == 0) {
			throw new OverlappingTimes(null);
		}
	}

	/** @return false when the therapist has no such hours */
	boolean removeWeeklyHours(long therapistId, long id) {
		return remove("working_hours", therapistId, id);
	}

	/** @return false when the therapist has no such day */
	boolean removeOneOffDay(long therapistId, long id) {
		return remove("working_days", therapistId, id);
	}

	/** @return false when the therapist has no such time off */
	boolean removeTimeOff(long therapistId, long id) {
		return remove("time_off", therapistId, id);
	}

	private boolean remove(String table, long therapistId, long id) {
		return jdbc.sql("delete from " + table + " where id = :id and therapist_id = :therapist")
			.param("id", id)
			.param("therapist", therapistId)
			.update() == 1;
	}

	private static WorkingHours workingHours(ResultSet rs, int row) throws SQLException {
		return new WorkingHours(rs.getLong("id"), rs.getLong("therapist_id"), rs.getLong("location_id"),
				DayOfWeek.of(rs.getInt("weekday")), rs.getTime("starts").toLocalTime(), rs.getTime("ends").toLocalTime(),
				rs.getTime("break_starts") == null ? null : rs.getTime("break_starts").toLocalTime(),
				rs.getTime("break_ends") == null ? null : rs.getTime("break_ends").toLocalTime());
	}

	private static WorkingDay workingDay(ResultSet rs, int row) throws SQLException {
		return new WorkingDay(rs.getLong("id"), rs.getLong("therapist_id"), rs.getLong("location_id"),
				rs.getDate("day").toLocalDate(), rs.getTime("starts").toLocalTime(), rs.getTime("ends").toLocalTime());
	}

	private static TimeOff timeOff(ResultSet rs, int row) throws SQLException {
		return new TimeOff(rs.getLong("id"), rs.getLong("therapist_id"), rs.getTimestamp("starts").toInstant(),
				rs.getTimestamp("ends").toInstant(), rs.getString("reason"));
	}
}
