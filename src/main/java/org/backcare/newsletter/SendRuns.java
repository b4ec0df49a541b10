package org.backcare.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, pausing and reading send runs. A run's recipients are chosen by one statement inside the database:
 * no list of subscribers is ever held in memory, however long the list.
 */
@Repository
class SendRuns {

	/** Serialises run starts, so two runs never pick the same waiting subscriber. */
	private static final long START_LOCK = 0x6e6c5f72756e73L;

	private static final String SELECT = """
			select r.*,
			       count(x.id) filter (where x.status = 'PENDING') as waiting,
			       count(x.id) filter (where x.status = 'QUEUED') as queued,
			       count(x.id) filter (where x.status = 'SENT') as sent,
			       count(x.id) filter (where x.status = 'FAILED') as failed,
			       count(x.id) filter (where x.status = 'SKIPPED') as skipped
			from newsletter_runs r left join newsletter_run_recipients x on x.run_id = r.id
			""";

	private final JdbcClient jdbc;

	SendRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts a run for every confirmed subscriber whose next digest is due. A subscriber is due when their last
	 * digest is their number of days old (theirs or the schedule's), less two hours: a run that starts a little
	 * earlier in the day than the last one must not make them wait a whole extra day.
	 *
	 * @param plannedFor the day of a scheduled run (one per day, however many nodes race to start it), or null
	 * @return the new run, or empty when the run for that day exists already
	 */
	@Transactional
	Optional<Long> start(String startedBy, LocalDate plannedFor) {
		jdbc.sql("select count(*) from (select pg_advisory_xact_lock(:key)) locked")
			.param("key", START_LOCK)
			.query(Long.class)
			.single();
		Optional<Long> run = jdbc.sql("""
				insert into newsletter_runs (planned_for, started_by) values (:day, :by)
				on conflict (planned_for) do nothing returning id""")
			.param("day", plannedFor)
			.param("by", startedBy)
			.query(Long.class)
			.optional();
		run.ifPresent(id -> {
			int recipients = jdbc.sql("""
					insert into newsletter_run_recipients (run_id, subscriber_id)
					select :run, s.id from newsletter_subscribers s cross join newsletter_schedule p
					where s.status = 'CONFIRMED'
					  and (s.last_digest_at is null or s.last_digest_at
					       <= now() - make_interval(days => coalesce(s.every_days, p.every_days)) + interval '2 hours')
					  and not exists (select 1 from newsletter_run_recipients o
					                  where o.subscriber_id = s.id and o.status = 'PENDING')
					order by s.id""")
				.param("run", id)
				.update();
			jdbc.sql("""
					update newsletter_runs set recipients = :count,
					status = case when :count = 0 then 'FINISHED' else status end,
					finished_at = case when :count = 0 then now() end
					where id = :run""")
				.param("count", recipients)
				.param("run", id)
				.update();
		});
		return run;
	}

	boolean startedFor(LocalDate day) {
		return jdbc.sql("select exists (select 1 from newsletter_runs where planned_for = :day)")
			.param("day", day)
			.query(Boolean.class)
			.single();
	}

	boolean pause(long id) {
		return jdbc.sql("update newsletter_runs set status = 'PAUSED', paused_at = now() where id = :id and status = 'RUNNING'")
			.param("id", id)
			.update() == 1;
	}

	boolean resume(long id) {
		return jdbc.sql("update newsletter_runs set status = 'RUNNING', paused_at = null where id = :id and status = 'PAUSED'")
			.param("id", id)
			.update() == 1;
	}

	/** Runs with nothing left to write or deliver are finished. */
	int finishDone() {
		return jdbc.sql("""
				update newsletter_runs r set status = 'FINISHED', finished_at = now(), paused_at = null
				where r.status = 'RUNNING'
				  and not exists (select 1 from newsletter_run_recipients x
				                  where x.run_id = r.id and x.status in ('PENDING', 'QUEUED'))""")
			.update();
	}

	Optional<Run> withId(long id) {
		return jdbc.sql(SELECT + "where r.id = :id group by r.id").param("id", id).query(SendRuns::run).optional();
	}

	List<Run> latest(int limit) {
		return jdbc.sql(SELECT + "where r.id in (select id from newsletter_runs order by id desc limit :limit) "
				+ "group by r.id order by r.id desc")
			.param("limit", limit)
			.query(SendRuns::run)
			.list();
	}

	private static Run run(ResultSet row, int number) throws SQLException {
		return new Run(row.getLong("id"), row.getObject("planned_for", LocalDate.class), instant(row, "started_at"),
				row.getString("started_by"), RunStatus.valueOf(row.getString("status")), row.getInt("recipients"),
				instant(row, "paused_at"), instant(row, "finished_at"), row.getInt("waiting"), row.getInt("queued"),
				row.getInt("sent"), row.getInt("failed"), row.getInt("skipped"));
	}

	static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
