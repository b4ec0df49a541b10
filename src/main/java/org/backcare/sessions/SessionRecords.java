package org.backcare.sessions;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backcare.intake.RedFlag;
import org.backcare.intake.ScreeningOutcome;
import org.backcare.therapies.Position;
import org.backcare.therapies.Technique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Session records in SQL. Saves carry the version the therapist saw and touch only an unsigned row: a stale or
 * signed record changes nothing (and the database's trigger refuses any change to a signed row regardless).
 */
@Repository
class SessionRecords {

	private static final String COLUMNS = """
			r.booking_id, r.client_id, r.therapist_id, r.pain_before, r.pain_after, r.rescreened_at, r.new_flags, r.stopped,
			r.techniques, r.pressure, r.positions, r.areas, r.feedback::text as feedback, r.subjective, r.objective,
			r.assessment, r.plan, r.version, r.created_at, r.updated_at, r.signed_at, r.signed_by""";

	private static final TypeReference<List<Feedback>> FEEDBACK = new TypeReference<>() {
	};

	/** An unsigned record on a therapist's list, with when its session started. */
	record Unsigned(long bookingId, long clientId, Instant startsAt, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SessionRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<SessionRecord> find(long bookingId) {
		return jdbc.sql("select " + COLUMNS + " from session_records r where r.booking_id = :booking")
			.param("booking", bookingId)
			.query(this::row)
			.optional();
	}

	/** The first save of a booking's record; false when someone created it meanwhile. Client and therapist come from the booking. */
	boolean create(long bookingId, RecordContent content, ScreeningOutcome stopped, Instant rescreenedAt, Instant now) {
		return content(jdbc.sql("""
				insert into session_records (booking_id, client_id, therapist_id, pain_before, pain_after, rescreened_at,
				    new_flags, stopped, techniques, pressure, positions, areas, feedback, subjective, objective, assessment,
				    plan, created_at, updated_at)
				select id, client_id, therapist_id, :painBefore, :painAfter, :rescreenedAt, :flags, :stopped, :techniques,
				    :pressure, :positions, :areas, cast(:feedback as jsonb), :subjective, :objective, :assessment, :plan, :now, :now
				from bookings where id = :booking
				on conflict (booking_id) do nothing"""), content, stopped, rescreenedAt, now)
			.param("booking", bookingId)
			.update() == 1;
	}

	/** Saves over the version the therapist saw; false when the record is signed or someone saved meanwhile. */
	boolean update(long bookingId, int version, RecordContent content, ScreeningOutcome stopped, Instant rescreenedAt,
			Instant now) {
		return content(jdbc.sql("""
				update session_records set pain_before = :painBefore, pain_after = :painAfter, rescreened_at = :rescreenedAt,
				    new_flags = :flags, stopped = :stopped, techniques = :techniques, pressure = :pressure,
				    positions = :positions, areas = :areas, feedback = cast(:feedback as jsonb), subjective = :subjective,
				    objective = :objective, assessment = :assessment, plan = :plan, version = version + 1, updated_at = :now
				where booking_id = :booking and version = :version and signed_at is null"""), content, stopped, rescreenedAt, now)
			.param("booking", bookingId)
			.param("version", version)
			.update() == 1;
	}

	/** Signs the record as it is now (or only at this version, when given); false when signed already or changed meanwhile. */
	boolean sign(long bookingId, Integer version, long signedBy, Instant at) {
		return jdbc.sql("""
				update session_records set signed_at = :at, signed_by = :by
				where booking_id = :booking and signed_at is null and (cast(:version as int) is null or version = :version)""")
			.param("booking", bookingId)
			.param("version", version)
			.param("by", signedBy)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** The client's records of sessions that started before this booking's, latest first. */
	List<SessionRecord> before(long clientId, long bookingId) {
		return jdbc.sql("select " + COLUMNS + """
				 from session_records r join bookings b on b.id = r.booking_id
				where r.client_id = :client and b.status <> 'CANCELLED'
				  and b.starts_at < (select starts_at from bookings where id = :booking)
				order by b.starts_at desc""")
			.param("client", clientId)
			.param("booking", bookingId)
			.query(this::row)
			.list();
	}

	/** A therapist's unsigned records created before {@code createdBefore}, oldest first. */
	List<Unsigned> unsigned(long therapistId, Instant createdBefore) {
		return jdbc.sql("""
				select r.booking_id, r.client_id, b.starts_at, r.created_at
				from session_records r join bookings b on b.id = r.booking_id
				where r.therapist_id = :therapist and r.signed_at is null and r.created_at < :before
				order by r.created_at""")
			.param("therapist", therapistId)
			.param("before", Timestamp.from(createdBefore))
			.query((rs, n) -> new Unsigned(rs.getLong("booking_id"), rs.getLong("client_id"),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** Which of these bookings have a record, and whether it is signed. */
	Map<Long, Boolean> signedByBooking(Collection<Long> bookingIds) {
		if (bookingIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select booking_id, signed_at is not null as signed from session_records where booking_id = any (:ids)")
			.param("ids", bookingIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("booking_id"), rs.getBoolean("signed")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private JdbcClient.StatementSpec content(JdbcClient.StatementSpec statement, RecordContent content,
			ScreeningOutcome stopped, Instant rescreenedAt, Instant now) {
		var spec = statement.param("painBefore", content.painBefore())
			.param("painAfter", content.painAfter())
			.param("rescreenedAt", rescreenedAt == null ? null : Timestamp.from(rescreenedAt))
			.param("flags", names(content.flags()))
			.param("stopped", stopped == null ? null : stopped.name())
			.param("techniques", names(content.techniques()))
			.param("pressure", content.pressure())
			.param("positions", names(content.positions()))
			.param("areas", names(content.areas()))
			.param("feedback", json.writeValueAsString(content.feedback()))
			.param("subjective", content.subjective())
			.param("objective", content.objective())
			.param("assessment", content.assessment())
			.param("plan", content.plan());
		return spec.param("now", Timestamp.from(now));
	}

	private static String[] names(Collection<? extends Enum<?>> values) {
		return values.stream().sorted().map(Enum::name).toArray(String[]::new);
	}

	private SessionRecord row(ResultSet rs, int number) throws SQLException {
		var content = new RecordContent(integer(rs, "pain_before"), integer(rs, "pain_after"),
				Set.copyOf(enums(rs.getArray("new_flags"), RedFlag::valueOf)),
				enums(rs.getArray("techniques"), Technique::valueOf), integer(rs, "pressure"),
				enums(rs.getArray("positions"), Position::valueOf), Set.copyOf(enums(rs.getArray("areas"), BodyRegion::valueOf)),
				json.readValue(rs.getString("feedback"), FEEDBACK), rs.getString("subjective"), rs.getString("objective"),
				rs.getString("assessment"), rs.getString("plan"));
		String stopped = rs.getString("stopped");
		long signer = rs.getLong("signed_by");
		Long signedBy = rs.wasNull() ? null : signer;
		return new SessionRecord(rs.getLong("booking_id"), rs.getLong("client_id"), rs.getLong("therapist_id"), content,
				stopped == null ? null : ScreeningOutcome.valueOf(stopped), instant(rs, "rescreened_at"), rs.getInt("version"),
				instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "signed_at"), signedBy);
	}

	private static <E> List<E> enums(Array array, Function<String, E> valueOf) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(valueOf).toList();
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
