package org.backcare.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.backcare.identity.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The check_ins table: one row per booked session, found by its link's token (kept only as its SHA-256), and the
 * one place where its columns become {@link CheckInAnswers} and back.
 */
@Repository
class CheckIns {

	/**
	 * A check-in as its link finds it.
	 *
	 * @param answers null until the client answers
	 * @param painBefore the pain recorded before the session, null without a session record saying so
	 */
	record CheckIn(long bookingId, long clientId, Instant expiresAt, CheckInAnswers answers, Integer painBefore) {

		boolean expired(Instant now) {
			return !now.isBefore(expiresAt);
		}
	}

	/** An answered check-in: the answers and when they were last sent. */
	record Answered(CheckInAnswers answers, Instant at) {
	}

	// What Secrets.newToken makes: 32 random bytes in URL-safe Base64 without padding.
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final String BY_TOKEN = """
			select c.*, r.pain_before from check_ins c left join session_records r on r.booking_id = c.booking_id
			where c.token_hash = :hash""";

	private final JdbcClient jdbc;

	CheckIns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Booked sessions that ended in this period with no check-in yet, oldest first; a session a re-screen stopped
	 * (O1) gets none: the client has been sent to a doctor, not asked about soreness.
	 */
	List<Long> due(Instant endedAfter, Instant endedBy, int limit) {
		return jdbc.sql("""
				select b.id from bookings b
				where b.status = 'BOOKED' and b.ends_at > :after and b.ends_at <= :by
				  and not exists (select 1 from check_ins c where c.booking_id = b.id)
				  and not exists (select 1 from session_records r where r.booking_id = b.id and r.stopped is not null)
				order by b.id limit :limit""")
			.param("after", Timestamp.from(endedAfter))
			.param("by", Timestamp.from(endedBy))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Stores the invitation unless the session already has one. A node inviting the same session at the same moment
	 * waits for this row's transaction and then inserts nothing, so exactly one invitation is sent.
	 *
	 * @return whether this call stored it
	 */
	boolean invite(long bookingId, long clientId, String token, Instant at, Instant expiresAt) {
		return jdbc.sql("""
				insert into check_ins (booking_id, client_id, token_hash, invited_at, expires_at)
				values (:booking, :client, :hash, :at, :expires)
				on conflict (booking_id) do nothing""")
			.param("booking", bookingId)
			.param("client", clientId)
			.param("hash", Secrets.hash(token))
			.param("at", Timestamp.from(at))
			.param("expires", Timestamp.from(expiresAt))
			.update() == 1;
	}

	Optional<CheckIn> withToken(String token) {
		return byToken(token, "");
	}

	/** The same, locked until the transaction ends, so two answers sent at once are taken one after the other. */
	Optional<CheckIn> lockedWithToken(String token) {
		return byToken(token, " for update of c");
	}

	/** Answering again replaces the earlier answers: one check-in per session, never two. */
	void answer(long bookingId, CheckInAnswers answers, Instant at) {
		jdbc.sql("""
				update check_ins set answered_at = :at, soreness = :soreness, soreness_hours = :hours, bruising = :bruising,
				    headache = :headache, fatigue = :fatigue, leg_weakness = :weakness, numbness = :numbness,
				    pain_worse = :worse, anything_new = :new, pain_today = :today
				where booking_id = :booking""")
			.param("at", Timestamp.from(at))
			.param("soreness", answers.soreness())
			.param("hours", answers.sorenessHours())
			.param("bruising", answers.bruising())
			.param("headache", answers.headache())
			.param("fatigue", answers.fatigue())
			.param("weakness", answers.legWeakness())
			.param("numbness", answers.numbness())
			.param("worse", answers.painWorse())
			.param("new", answers.anythingNew())
			.param("today", answers.painToday())
			.param("booking", bookingId)
			.update();
	}

	/** What the client answered after this session, if they have: their latest answers (for the next session, O6). */
	Optional<Answered> latestAnsweredFor(long bookingId) {
		return jdbc.sql("select * from check_ins where booking_id = :booking and answered_at is not null")
			.param("booking", bookingId)
			.query((row, number) -> new Answered(answers(row), row.getTimestamp("answered_at").toInstant()))
			.optional();
	}

	private Optional<CheckIn> byToken(String token, String lock) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return jdbc.sql(BY_TOKEN + lock).param("hash", Secrets.hash(token)).query(CheckIns::checkIn).optional();
	}

	private static CheckIn checkIn(ResultSet row, int number) throws SQLException {
		return new CheckIn(row.getLong("booking_id"), row.getLong("client_id"), row.getTimestamp("expires_at").toInstant(),
				row.getTimestamp("answered_at") == null ? null : answers(row), row.getObject("pain_before", Integer.class));
	}

	private static CheckInAnswers answers(ResultSet row) throws SQLException {
		return new CheckInAnswers(row.getInt("soreness"), row.getInt("soreness_hours"), row.getBoolean("bruising"),
				row.getBoolean("headache"), row.getBoolean("fatigue"), row.getBoolean("leg_weakness"),
				row.getBoolean("numbness"), row.getBoolean("pain_worse"), row.getString("anything_new"),
				row.getInt("pain_today"));
	}
}
