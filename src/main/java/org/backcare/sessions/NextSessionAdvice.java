package org.backcare.sessions;

import java.time.Instant;
import java.util.List;

import org.backcare.careplans.ApprovedPlans;
import org.backcare.careplans.Plan;
import org.backcare.therapies.Technique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What to keep in mind for a booked session from the sessions before it: the pressure to aim for (6.4, O6, from
 * the plan's range, the last session's record and its check-in) and the techniques that reproduced leg symptoms
 * at an earlier session (M5).
 */
@Component
class NextSessionAdvice {

	/**
	 * @param plan the approved plan's pressure range, or null without an approved plan
	 * @param pressure the recommended pressure today, or null without an approved plan
	 * @param checkIn the last session's answered check-in, or null
	 * @param stops the techniques to leave out, M5
	 */
	record Advice(Plan.Pressure plan, PressureAdvice.Advice pressure, CheckInAnswers checkIn, Instant checkInAnsweredAt,
			List<Technique> stops) {
	}

	private final JdbcClient jdbc;

	private final SessionRecords records;

	private final ApprovedPlans plans;

	private final SessionsSettings settings;

	private final CheckIns checkIns;

	NextSessionAdvice(JdbcClient jdbc, SessionRecords records, ApprovedPlans plans, SessionsSettings settings,
			CheckIns checkIns) {
		this.jdbc = jdbc;
		this.checkIns = checkIns;
		this.records = records;
		this.plans = plans;
		this.settings = settings;
	}

	Advice advice(long bookingId) {
		long clientId = jdbc.sql("select client_id from bookings where id = :booking")
			.param("booking", bookingId)
			.query(Long.class)
			.single();
		List<SessionRecord> earlier = records.before(clientId, bookingId);
		SessionRecord last = earlier.isEmpty() ? null : earlier.get(0);
		CheckIns.Answered checkIn = last == null ? null : checkIns.latestAnsweredFor(last.bookingId()).orElse(null);
		Plan.Pressure range = plans.of(clientId).map(approved -> approved.plan().pressure()).orElse(null);
		PressureAdvice.Advice pressure = range == null ? null
				: PressureAdvice.next(range, last == null ? null : new PressureAdvice.LastSession(last.content().pressure(),
						last.content().painBefore(), last.content().pressureTooMuch(), checkIn == null ? null : checkIn.answers()),
						settings.sorenessLimit());
		List<Technique> stops = earlier.stream()
			.flatMap(record -> record.content().stoppedTechniques().stream())
			.distinct()
			.sorted()
			.toList();
		return new Advice(range, pressure, checkIn == null ? null : checkIn.answers(),
				checkIn == null ? null : checkIn.at(), stops);
	}
}
