package org.backcare.sessions;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what progress is measured from: session records, answered check-ins, PSFS scores and past reviews. */
@Component
class ProgressRecords {

	/** O5: the red flags of the re-screen that are new neurological symptoms (fact sheet 2). */
	private static final String[] NEUROLOGICAL_FLAGS = { "SADDLE_NUMBNESS", "BLADDER_OR_BOWEL_CHANGE",
			"BILATERAL_LEG_SYMPTOMS", "SEXUAL_DYSFUNCTION_NEW", "PROGRESSIVE_LEG_WEAKNESS" };

	/** A session held, oldest first; stopped ones were stopped at the re-screen and not given. */
	record Session(long bookingId, Instant startsAt, ZoneId zone, Integer painBefore, Integer painAfter,
			boolean neurological, boolean stopped, boolean signed) {
	}

	record CheckIn(long bookingId, Instant answeredAt, int painToday, boolean legWeakness, boolean numbness,
			boolean painWorse) {

		/** O5: what the client reported that means they got worse, in words; empty when nothing did. */
		String worse() {
			List<String> words = new ArrayList<>();
			if (legWeakness) {
				words.add("new weakness in a leg");
			}
			if (numbness) {
				words.add("new numbness or tingling");
			}
			if (painWorse) {
				words.add("pain getting worse");
			}
			return String.join(", ", words);
		}
	}

	private final JdbcClient jdbc;

	ProgressRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Session> sessions(long clientId) {
		return jdbc.sql("""
				select r.booking_id, b.starts_at, l.time_zone, r.pain_before, r.pain_after, r.stopped is not null as stopped,
				       r.signed_at is not null as signed, r.new_flags && cast(:neurological as text[]) as neurological
				from session_records r join bookings b on b.id = r.booking_id join locations l on l.id = b.location_id
				where r.client_id = :client order by b.starts_at""")
			.param("client", clientId)
			.param("neurological", NEUROLOGICAL_FLAGS)
			.query((rs, row) -> new Session(rs.getLong("booking_id"), rs.getTimestamp("starts_at").toInstant(),
					ZoneId.of(rs.getString("time_zone")), (Integer) rs.getObject("pain_before"),
					(Integer) rs.getObject("pain_after"), rs.getBoolean("neurological"), rs.getBoolean("stopped"),
					rs.getBoolean("signed")))
			.list();
	}

	List<CheckIn> checkIns(long clientId) {
		return jdbc.sql("""
				select booking_id, answered_at, pain_today, leg_weakness, numbness, pain_worse
				from check_ins where client_id = :client and answered_at is not null order by answered_at""")
			.param("client", clientId)
			.query((rs, row) -> new CheckIn(rs.getLong("booking_id"), rs.getTimestamp("answered_at").toInstant(),
					rs.getInt("pain_today"), rs.getBoolean("leg_weakness"), rs.getBoolean("numbness"),
					rs.getBoolean("pain_worse")))
			.list();
	}

	List<ProgressSeries.PsfsScore> psfs(long clientId) {
		return jdbc.sql("select measured_at, activities, ratings from psfs_scores where client_id = :client order by measured_at")
			.param("client", clientId)
			.query((rs, row) -> new ProgressSeries.PsfsScore(rs.getTimestamp("measured_at").toInstant(),
					Arrays.stream((Integer[]) array(rs.getArray("ratings"))).toList(),
					Arrays.stream((String[]) array(rs.getArray("activities"))).toList()))
			.list();
	}

	Optional<ProgressSeries.LastReview> lastReview(long planId) {
		return jdbc.sql("select reviewed_at, sessions from progress_reviews where plan_id = :plan order by reviewed_at desc, id desc limit 1")
			.param("plan", planId)
			.query((rs, row) -> new ProgressSeries.LastReview(rs.getTimestamp("reviewed_at").toInstant(), rs.getInt("sessions")))
			.optional();
	}

	private static Object array(Array array) throws SQLException {
		return array.getArray();
	}
}
