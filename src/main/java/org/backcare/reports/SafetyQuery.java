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

	// one pass over the period's bookings: held ones are booked and over, missed ones no-shows
	private static final String SQL = """
			select count(*) filter (where held) as sessions,
			       count(distinct b.client_id) filter (where held) as clients,
			       count(*) filter (where held and c.answered_at is not null) as check_ins,
			       count(*) filter (where held and c.answered_at is not null
			                        and (c.bruising or (c.soreness > 0 and c.soreness_hours > :sorenessHours)
			                             or c.leg_weakness or c.numbness or c.pain_worse)) as adverse,
			       count(*) filter (where b.status = 'NO_SHOW') as no_shows
			from bookings b
			cross join lateral (select b.status = 'BOOKED' and b.ends_at <= :heldBy as held) h
			left join check_ins c on c.booking_id = b.id
			where b.starts_at >= :from and b.starts_at < :until and b.status in ('BOOKED', 'NO_SHOW')
			""";

	private final JdbcClient jdbc;

	SafetyQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Counts counts(Instant from, Instant until, Instant heldBy, OutcomeThresholds rules) {
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
