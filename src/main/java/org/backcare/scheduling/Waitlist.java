package org.backcare.scheduling;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The waitlist_entries table. The first to ask is the first offered a freed time. */
@Repository
class Waitlist {

	/** A client's wish: this service, with this therapist or anyone, on a day in this range. */
	record Entry(long id, long clientId, long serviceId, Long therapistId, LocalDate from, LocalDate to, String status,
			Long bookingId, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	Waitlist(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(long clientId, long serviceId, Long therapistId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				insert into waitlist_entries (client_id, service_id, therapist_id, from_day, to_day)
				values (:client, :service, :therapist, :from, :to) returning id""")
			.param("client", clientId)
			.param("service", serviceId)
			.param("therapist", therapistId)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
	}

	List<Entry> ofClient(long clientId) {
		return jdbc.sql("select * from waitlist_entries where client_id = :client order by created_at desc limit 100")
			.param("client", clientId)
			.query(Waitlist::entry)
			.list();
	}

	/**
	 * The first waiting entry a freed time suits, locked so that two cancellations at once never offer it twice;
	 * the client who freed the time is not offered their own slot back.
	 */
	Optional<Entry> firstFor(long serviceId, long therapistId, LocalDate day, long freedBy) {
		return jdbc.sql("""
				select * from waitlist_entries
				where status = 'WAITING' and service_id = :service and (therapist_id is null or therapist_id = :therapist)
				  and :day between from_day and to_day and client_id <> :freedBy
				  and not exists (select 1 from bookings b where b.client_id = waitlist_entries.client_id
				                  and b.service_id = waitlist_entries.service_id and b.status = 'HELD')
				order by created_at, id limit 1 for update skip locked""")
			.param("service", serviceId)
			.param("therapist", therapistId)
			.param("day", day)
			.param("freedBy", freedBy)
			.query(Waitlist::entry)
			.optional();
	}

	void offered(long entryId, long bookingId) {
		jdbc.sql("update waitlist_entries set status = 'OFFERED', booking_id = :booking where id = :id")
			.param("id", entryId)
			.param("booking", bookingId)
			.update();
	}

	/** The entry whose offer this hold was: BOOKED when confirmed, back to WAITING when the hold lapsed or was declined. */
	void settle(long bookingId, boolean booked) {
		jdbc.sql("""
				update waitlist_entries set status = :status, booking_id = case when :status = 'BOOKED' then booking_id end
				where booking_id = :booking and status = 'OFFERED'""")
			.param("status", booked ? "BOOKED" : "WAITING")
			.param("booking", bookingId)
			.update();
	}

	/** @return false when it was not the client's, or not waiting or offered any more */
	boolean withdraw(long entryId, long clientId) {
		return jdbc.sql("""
				update waitlist_entries set status = 'WITHDRAWN'
				where id = :id and client_id = :client and status in ('WAITING', 'OFFERED')""")
			.param("id", entryId)
			.param("client", clientId)
			.update() == 1;
	}

	/** Holds whose time ran out, locked for this node. */
	List<Long> lapsedHolds(Instant now, int limit) {
		return jdbc.sql("""
				select id from bookings where status = 'HELD' and held_until <= :now
				order by held_until limit :limit for update skip locked""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Entry(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("service_id"), rs.getObject("therapist_id", Long.class),
				rs.getDate("from_day").toLocalDate(), rs.getDate("to_day").toLocalDate(), rs.getString("status"),
				rs.getObject("booking_id", Long.class), rs.getTimestamp("created_at").toInstant());
	}
}
