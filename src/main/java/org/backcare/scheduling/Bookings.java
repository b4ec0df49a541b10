package org.backcare.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bookings table. {@link #add} is the one statement that decides whether a slot is still free: the exclusion
 * constraints on therapist and room refuse an overlap, and {@code on conflict do nothing} turns the refusal into
 * an empty answer instead of an aborted transaction.
 */
@Repository
class Bookings {

	/** What a new booking holds; the database decides whether it may. */
	record NewBooking(long clientId, long therapistId, long locationId, long roomId, long serviceId, Instant startsAt,
			Instant endsAt, Duration bufferBefore, Duration bufferAfter, UUID seriesId) {
	}

	private final JdbcClient jdbc;

	Bookings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the new booking's id, or empty when the therapist or the room is taken for any of that time */
	Optional<Long> add(NewBooking booking) {
		return insert(booking, "BOOKED", null);
	}

	/** A waitlisted client's hold on a freed time: it blocks the slot like a booking until confirmed or released. */
	Optional<Long> hold(NewBooking booking, Instant heldUntil) {
		return insert(booking, "HELD", heldUntil);
	}

	private Optional<Long> insert(NewBooking booking, String status, Instant heldUntil) {
		return jdbc.sql("""
				insert into bookings (client_id, therapist_id, location_id, room_id, service_id, starts_at, ends_at, blocked,
				                      series_id, status, held_until)
				values (:client, :therapist, :location, :room, :service, :starts, :ends, tstzrange(:from, :until), :series,
				        :status, :held)
				on conflict do nothing returning id""")
			.param("client", booking.clientId())
			.param("therapist", booking.therapistId())
			.param("location", booking.locationId())
			.param("room", booking.roomId())
			.param("service", booking.serviceId())
			.param("starts", Timestamp.from(booking.startsAt()))
			.param("ends", Timestamp.from(booking.endsAt()))
			.param("from", Timestamp.from(booking.startsAt().minus(booking.bufferBefore())))
			.param("until", Timestamp.from(booking.endsAt().plus(booking.bufferAfter())))
			.param("series", booking.seriesId())
			.param("status", status)
			.param("held", heldUntil == null ? null : Timestamp.from(heldUntil))
			.query(Long.class)
			.optional();
	}

	/** @return false when the hold ran out or was not this client's */
	boolean confirmHold(long id, long clientId, Instant now) {
		return jdbc.sql("""
				update bookings set status = 'BOOKED', held_until = null
				where id = :id and client_id = :client and status = 'HELD' and held_until > :now""")
			.param("id", id)
			.param("client", clientId)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<Booking> find(long id) {
		return jdbc.sql("select * from bookings where id = :id").param("id", id).query(Bookings::booking).optional();
	}

	/** A client's bookings, cancelled ones included, latest start first. */
	List<Booking> ofClient(long clientId) {
		return jdbc.sql("select * from bookings where client_id = :client order by starts_at desc limit 500")
			.param("client", clientId)
			.query(Bookings::booking)
			.list();
	}

	/**
	 * @param by who cancelled, or null when the system released a hold that ran out
	 * @return false when it was not booked or held (cancelled meanwhile)
	 */
	boolean cancel(long id, Long by) {
		return jdbc.sql("""
				update bookings set status = 'CANCELLED', cancelled_at = now(), cancelled_by = :by, held_until = null
				where id = :id and status in ('BOOKED', 'HELD')""")
			.param("id", id)
			.param("by", by)
			.update() == 1;
	}

	static Booking booking(ResultSet rs, int row) throws SQLException {
		Timestamp held = rs.getTimestamp("held_until");
		return new Booking(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("therapist_id"), rs.getLong("location_id"),
				rs.getLong("room_id"), rs.getLong("service_id"), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), Booking.Status.valueOf(rs.getString("status")),
				rs.getObject("series_id", UUID.class), held == null ? null : held.toInstant(),
				rs.getTimestamp("created_at").toInstant());
	}

	/** A booking with its no-show mark, for the admin's pages: the mark is null unless the booking is a no-show. */
	record Marked(Booking booking, NoShow noShow) {
	}

	/** A therapist's sessions that are not cancelled and start in this time, earliest first, in one statement. */
	List<Booking> ofTherapist(long therapistId, Instant from, Instant until) {
		// blocked holds the session, so the overlap lets the exclusion constraint's index find the rows
		return jdbc.sql("""
				select * from bookings
				where therapist_id = :therapist and status <> 'CANCELLED' and blocked && tstzrange(:from, :until)
				  and starts_at >= :from and starts_at < :until
				order by starts_at, id limit 2000""")
			.param("therapist", therapistId)
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query(Bookings::booking)
			.list();
	}

	/** Every booking, cancelled ones included, that starts in this time, of one therapist and location or of all (null). */
	List<Marked> startingBetween(Instant from, Instant until, Long therapistId, Long locationId) {
		String where = (therapistId == null ? "" : " and therapist_id = :therapist") + (locationId == null ? "" : " and location_id = :location");
		var spec = jdbc.sql("select * from bookings where starts_at >= :from and starts_at < :until" + where
				+ " order by starts_at, id limit 2000")
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until));
		if (therapistId != null) {
			spec = spec.param("therapist", therapistId);
		}
		if (locationId != null) {
			spec = spec.param("location", locationId);
		}
		return spec.query(Bookings::marked).list();
	}

	/** A client's bookings with their no-show marks, latest start first. */
	List<Marked> markedOfClient(long clientId) {
		return jdbc.sql("select * from bookings where client_id = :client order by starts_at desc, id desc limit 500")
			.param("client", clientId)
			.query(Bookings::marked)
			.list();
	}

	/** @return false when it is not booked (any more) or has not started by {@code now} */
	boolean markNoShow(long id, long by, Instant now) {
		return jdbc.sql("""
				update bookings set status = 'NO_SHOW', no_show_marked_by = :by, no_show_marked_at = :now
				where id = :id and status = 'BOOKED' and starts_at <= :now""")
			.param("id", id)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** @return false unless it is a no-show marked at {@code since} or later */
	boolean undoNoShow(long id, Instant since) {
		return jdbc.sql("""
				update bookings set status = 'BOOKED', no_show_marked_by = null, no_show_marked_at = null
				where id = :id and status = 'NO_SHOW' and no_show_marked_at >= :since""")
			.param("id", id)
			.param("since", Timestamp.from(since))
			.update() == 1;
	}

	private static Marked marked(ResultSet rs, int row) throws SQLException {
		Timestamp at = rs.getTimestamp("no_show_marked_at");
		return new Marked(booking(rs, row), at == null ? null : new NoShow(rs.getObject("no_show_marked_by", Long.class), at.toInstant()));
	}
}
