package org.backcare.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.backcare.platform.AuditLog;
import org.backcare.platform.PracticeSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice outcome report: counted in the database, small groups hidden here, and every look at it written to
 * the audit log as access to many clients' records at once (no single client).
 */
@Component
class PracticeOutcomes {

	private final CohortQuery cohort;

	private final SafetyQuery safety;

	private final OutcomeThresholds rules;

	private final AuditLog audit;

	private final ZoneId zone;

	private final Clock clock;

	PracticeOutcomes(CohortQuery cohort, SafetyQuery safety, OutcomeThresholds rules, AuditLog audit, PracticeSettings practice,
			Clock clock) {
		this.cohort = cohort;
		this.safety = safety;
		this.rules = rules;
		this.audit = audit;
		this.zone = practice.timeZone();
		this.clock = clock;
	}

	ZoneId zone() {
		return zone;
	}

	/** @param action {@code outcomes.viewed} or {@code outcomes.downloaded} */
	@Transactional
	OutcomeReport read(long actorId, ReportPeriod period, String action) {
		Instant from = period.start(zone);
		Instant until = period.end(zone);
		Instant heldBy = until.isBefore(clock.instant()) ? until : clock.instant();
		List<CohortQuery.Row> rows = cohort.rows(from, heldBy, clock.getZone(), rules);
		var counts = safety.counts(from, until, heldBy, rules);
		audit.record(actorId, action, "outcomes:" + period.from() + ".." + period.to());
		return new OutcomeReport(period, zone, rules, total(rows), List.of(
				Breakdown.of("By technique", "Main technique of the plan", groups(rows, "technique",
						Comparator.comparing(row -> GroupNames.technique(row.key())), row -> GroupNames.technique(row.key()))),
				Breakdown.of("By therapist", "Therapist who approved the plan", groups(rows, "therapist",
						Comparator.comparing(CohortQuery.Row::name), CohortQuery.Row::name)),
				Breakdown.of("By pain class", "How long the pain had lasted at the consultation", groups(rows, "pain",
						Comparator.comparing(row -> GroupNames.PAIN_CLASSES.indexOf(row.key())), row -> GroupNames.painClass(row.key(), rules))),
				Breakdown.of("By number of sessions", "Sessions held by the end of the period", groups(rows, "sessions",
						Comparator.comparing(CohortQuery.Row::key), row -> GroupNames.sessions(row.key())))),
				new SafetyFigures(counts.sessions(), counts.clients(), counts.checkIns(), counts.adverse(), counts.noShows(),
						counts.clients() > 0 && counts.clients() < OutcomeThresholds.SMALLEST_GROUP ? Privacy.SMALL_GROUP : Privacy.SHOWN));
	}

	private static Group total(List<CohortQuery.Row> rows) {
		Group total = rows.stream()
			.filter(row -> row.dimension().equals("total"))
			.findFirst()
			.map(row -> group("All clients", row))
			.orElse(new Group("All clients", 0, 0, 0, 0, Privacy.SHOWN, Privacy.SHOWN));
		return total.hiding(privacy(total.clients()), total.clients() < OutcomeThresholds.SMALLEST_GROUP ? privacy(total.clients()) : privacy(total.measured()));
	}

	private static Privacy privacy(int clients) {
		return clients > 0 && clients < OutcomeThresholds.SMALLEST_GROUP ? Privacy.SMALL_GROUP : Privacy.SHOWN;
	}

	private static List<Group> groups(List<CohortQuery.Row> rows, String dimension, Comparator<CohortQuery.Row> order,
			java.util.function.Function<CohortQuery.Row, String> label) {
		return rows.stream()
			.filter(row -> row.dimension().equals(dimension))
			.sorted(order)
			.map(row -> group(label.apply(row), row))
			.toList();
	}

	private static Group group(String label, CohortQuery.Row row) {
		return new Group(label, row.clients(), row.completed(), row.measured(), row.responders(), Privacy.SHOWN, Privacy.SHOWN);
	}
}
