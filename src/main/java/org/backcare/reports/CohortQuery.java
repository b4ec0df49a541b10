package org.backcare.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clients whose approved plan had its first session in the period, counted in one statement for the total
 * and every breakdown (grouping sets). A plan's sessions are its client's bookings held from its approval on;
 * NPRS is the therapist's pre-session score (O1), PSFS the mean of the client's ratings (11.1); both are read up
 * to the end of the period, so a report on a past period stays the same.
 *
 * <p>The first and the latest score come from one min and one max each, without sorting every session: the time
 * (whole seconds) in the high bits, the score in the low ones. NPRS is 0 to 10 (4 bits); a PSFS mean of 1 to 3
 * ratings of 0 to 10 is a whole number of sixths, 0 to 60 (6 bits).
 */
@Component
class CohortQuery {

	/** One group's counts as the database gives them: dimension is technique, therapist, pain, sessions or total. */
	record Row(String dimension, String key, String name, int clients, int completed, int measured, int responders) {
	}

	private static final String SQL = """
			with plans as (
			    select p.client_id, p.approved_at, coalesce(p.therapist_id, p.approved_by) as therapist_id,
			           coalesce(v.plan -> 'techniques' -> 0 ->> 'technique', '') as technique,
			           coalesce((v.plan ->> 'sessionsPerWeek')::int * (v.plan ->> 'weeks')::int, 0) as planned,
			           coalesce(k.submitted_at, p.approved_at) as measured_from,
			           case when d.onset is null then 'UNKNOWN'
			                when d.assessed - d.onset < :acuteDays then 'ACUTE'
			                when d.assessed - d.onset > :chronicDays then 'CHRONIC'
			                else 'SUBACUTE' end as pain_class
			    from care_plans p
			    join care_plan_versions v on v.plan_id = p.id and v.version = p.current_version
			    join consultations k on k.id = p.consultation_id
			    cross join lateral (
			        select case when k.answers -> 'painOnset' ->> 0 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
			                    then (k.answers -> 'painOnset' ->> 0)::date end as onset,
			               (coalesce(k.submitted_at, k.created_at) at time zone :zone)::date as assessed) d
			    where p.status = 'APPROVED' and p.approved_at < :heldBy
			), courses as (
			    select p.client_id, count(*) as sessions,
			           min(date_part('epoch', b.starts_at)::bigint * 16 + r.pain_before) % 16 as nprs_first,
			           max(date_part('epoch', b.starts_at)::bigint * 16 + r.pain_before) % 16 as nprs_last,
			           count(r.pain_before) as nprs_count
			    from plans p
			    join bookings b on b.client_id = p.client_id and b.status = 'BOOKED' and b.starts_at >= p.approved_at
			                   and b.ends_at <= :heldBy
			    left join session_records r on r.booking_id = b.id
			    group by p.client_id
			    having min(b.starts_at) >= :from
			), psfs as (
			    select s.client_id, count(*) as psfs_count,
			           (min(date_part('epoch', s.measured_at)::bigint * 64 + m.sixths) % 64) / 6.0 as psfs_first,
			           (max(date_part('epoch', s.measured_at)::bigint * 64 + m.sixths) % 64) / 6.0 as psfs_last
			    from plans p
			    join psfs_scores s on s.client_id = p.client_id and s.measured_at >= p.measured_from and s.measured_at < :heldBy
			    cross join lateral (select (s.ratings[1] + coalesce(s.ratings[2], 0) + coalesce(s.ratings[3], 0)) * 6
			                               / cardinality(s.ratings) as sixths) m
			    group by s.client_id
			), cohort as (
			    select p.technique, p.therapist_id, coalesce(a.display_name, '') as therapist, p.pain_class,
			           case when c.sessions <= 3 then '1' when c.sessions <= 6 then '2' when c.sessions <= 10 then '3' else '4' end as band,
			           p.planned > 0 and c.sessions >= p.planned as completed,
			           c.nprs_count >= 2 or coalesce(s.psfs_count, 0) >= 2 as measured,
			           (c.nprs_count >= 2 and (c.nprs_first - c.nprs_last >= :nprsPoints
			                                   or (c.nprs_first > 0 and (c.nprs_first - c.nprs_last) * 100 >= :nprsPercent * c.nprs_first)))
			           or (coalesce(s.psfs_count, 0) >= 2 and s.psfs_last - s.psfs_first >= :psfsPoints) as responder
			    from courses c
			    join plans p on p.client_id = c.client_id
			    left join psfs s on s.client_id = c.client_id
			    left join accounts a on a.id = p.therapist_id
			)
			select case when grouping(technique) = 0 then 'technique' when grouping(therapist_id) = 0 then 'therapist'
			            when grouping(pain_class) = 0 then 'pain' when grouping(band) = 0 then 'sessions' else 'total' end as dimension,
			       coalesce(technique, therapist_id::text, pain_class, band, '') as key, min(therapist) as name,
			       count(*) as clients, count(*) filter (where completed) as completed,
			       count(*) filter (where measured) as measured, count(*) filter (where measured and responder) as responders
			from cohort
			group by grouping sets ((technique), (therapist_id), (pain_class), (band), ())
			""";

	private final JdbcClient jdbc;

	CohortQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param heldBy sessions ending after this are not counted: the end of the period, or now if that is earlier */
	List<Row> rows(Instant from, Instant heldBy, ZoneId assessedIn, OutcomeThresholds rules) {
		var responder = rules.sessions().responder();
		return jdbc.sql(SQL)
			.param("from", Timestamp.from(from))
			.param("heldBy", Timestamp.from(heldBy))
			.param("zone", assessedIn.getId())
			.param("acuteDays", rules.intake().screening().acuteBeforeWeeks() * 7)
			.param("chronicDays", rules.careplans().chronicAfterWeeks() * 7)
			.param("nprsPoints", responder.nprsPoints())
			.param("nprsPercent", responder.nprsPercent())
			.param("psfsPoints", responder.psfsPoints())
			.query(Row.class)
			.list();
	}
}
