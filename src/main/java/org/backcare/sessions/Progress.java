package org.backcare.sessions;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.backcare.careplans.ApprovedPlans;
import org.backcare.careplans.ApprovedPlans.ApprovedPlan;
import org.backcare.careplans.PlanProgress;
import org.backcare.identity.People;
import org.backcare.intake.SubmittedConsultations;
import org.backcare.platform.PracticeSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's progress on their plan (O3 to O5): reads the measurements, lets the outcome rules judge them and
 * keeps the plan's state in step. The code that writes a measurement (a session record's pain, a signed note, a
 * check-in answer) calls {@link #reassess} in the same transaction, after its write.
 */
@Component
public class Progress {

	private final ProgressRecords records;

	private final ApprovedPlans plans;

	private final PlanProgress progress;

	private final SubmittedConsultations consultations;

	private final People people;

	private final OutcomeRules.Thresholds thresholds;

	private final ZoneId practiceZone;

	Progress(ProgressRecords records, ApprovedPlans plans, PlanProgress progress, SubmittedConsultations consultations,
			People people, SessionsSettings settings, PracticeSettings practice) {
		this.records = records;
		this.plans = plans;
		this.progress = progress;
		this.consultations = consultations;
		this.people = people;
		this.thresholds = OutcomeRules.Thresholds.of(settings);
		this.practiceZone = practice.timeZone();
	}

	/**
	 * Judges the client's measurements and moves their approved plan to review, proposed stop or pause when the
	 * rules call for it. It never moves a plan back: a therapist resolves those states.
	 * @param now when the measurement that prompted this was written
	 * @return the plan's state afterwards; empty when the client has no approved plan
	 */
	@Transactional
	public Optional<PlanProgress.State> reassess(long clientId, Instant now) {
		ClientProgress current = of(clientId);
		if (current.plan() == null || current.standing() == null) {
			return Optional.empty();
		}
		var evaluated = current.evaluation();
		if (OutcomeRules.escalates(current.state(), evaluated.state())) {
			progress.mark(current.plan().planId(), evaluated.state(), evaluated.rules(), evaluated.reason(), now);
			return Optional.of(evaluated.state());
		}
		return Optional.of(current.state());
	}

	@Transactional(readOnly = true)
	ClientProgress of(long clientId) {
		ApprovedPlan plan = plans.of(clientId).orElse(null);
		var sessions = records.sessions(clientId);
		var checkIns = records.checkIns(clientId);
		List<ProgressSeries.PainScore> pain = new ArrayList<>();
		sessions.stream()
			.filter(session -> session.painBefore() != null)
			.forEach(session -> pain.add(new ProgressSeries.PainScore(session.startsAt(), session.painBefore(),
					session.bookingId(), ProgressSeries.Source.SESSION)));
		checkIns.forEach(checkIn -> pain.add(new ProgressSeries.PainScore(checkIn.answeredAt(), checkIn.painToday(),
				checkIn.bookingId(), ProgressSeries.Source.CHECK_IN)));
		List<ProgressSeries.Report> reportedWorse = Stream.concat(
				sessions.stream()
					.filter(ProgressRecords.Session::neurological)
					.map(session -> new ProgressSeries.Report(session.startsAt(), "a neurological red flag at the re-screen")),
				checkIns.stream()
					.filter(checkIn -> !checkIn.worse().isEmpty())
					.map(checkIn -> new ProgressSeries.Report(checkIn.answeredAt(), checkIn.worse())))
			.toList();
		int held = (int) sessions.stream().filter(session -> !session.stopped()).count();
		Integer intakePain = consultations.latestOf(clientId).map(consultation -> consultation.intake().painNow()).orElse(null);
		var series = new ProgressSeries(intakePain, pain, records.psfs(clientId), held, reportedWorse,
				plan == null ? null : records.lastReview(plan.planId()).orElse(null));
		var responder = OutcomeRules.responder(series, thresholds);
		ZoneId zone = sessions.isEmpty() ? practiceZone : sessions.get(sessions.size() - 1).zone();
		return new ClientProgress(clientId, people.nameOf(clientId), zone, series, sessions, responder, thresholds, plan,
				plan == null ? null : progress.of(clientId).orElse(null),
				plan == null ? null : OutcomeRules.review(series, responder, thresholds, plan.plan().reassessAfterSessions()));
	}
}
