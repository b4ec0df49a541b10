package org.backcare.reports;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every session held in the period and what came of it: answered check-ins, adverse ones (O5, O6), no-shows. */
@Component
class SafetyQuery {

	/** The counts before privacy is applied. */
	record Counts(int sessions, int clients, int checkIns, int adverse, int noShows) {
	}

	private static final String SQL = """
			with held as (
			    select b.id, b.client_id from bookings b
			    where b.status = 'BOOKED' and b.starts_at >= :from and b.starts_at < :until and b.ends_at <= :heldBy
			), answers as (
			    select c.* from held h join check_ins c on c.booking_id = h.id where c.answered_at is not null
			)
			select (select count(*) from held) as sessions,
			       (select count(distinct client_id) from held) as clients,
			       (select count(*) from answers) as check_ins,
			       (select count(*) from answers a
			        where a.bruising or (a.soreness > 0 and a.soreness_hours > :sorenessHours)
			              or a.leg_weakness or a.numbness or a.pain_worse) as adverse,
			       (select count(*) from bookings b
			        where b.status = 'NO_SHOW' and b.starts_at >= :from and b.starts_at < :until) as no_shows
			""";

	private final JdbcClient jdbc;

	SafetyQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Counts counts(Instant from, Instant until, Instant heldBy, OutcomeRules rules) {
		return jdbc.sql(SQL)
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.param("heldBy", Timestamp.from(heldBy))
			// O6: the same limit as the next session's pressure advice (CheckInAnswers.tooSore)
			.param("sorenessHours", rules.sessions().sorenessLimit().toHours())
			.query(Counts.class)
			.single();
	}
}
