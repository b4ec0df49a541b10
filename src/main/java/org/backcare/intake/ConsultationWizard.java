package org.backcare.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backcare.platform.FormErrors;
import org.backcare.platform.PracticeSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation, step by step: every step is saved in one transaction with its screening, so nothing is lost
 * when the client leaves, and answers that need a doctor now alert the practice at once, not at the end.
 */
@Service
class ConsultationWizard {

	record Client(long id, String name, String email) {
	}

	/** What a step's save did: the consultation as it is now, the step's errors and the screening of the answers. */
	record Saved(Consultation consultation, FormErrors errors, ScreeningResult screening) {

		boolean alarming() {
			return screening != null && PracticeAlerts.needed(screening.outcome());
		}
	}

	private final Consultations consultations;

	private final Consents consents;

	private final PracticeAlerts alerts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final RedFlagScreen screen;

	ConsultationWizard(Consultations consultations, Consents consents, PracticeAlerts alerts, Clock clock,
			PracticeSettings practice, ApplicationEventPublisher events, ScreeningSettings screening) {
		this.events = events;
		this.screen = new RedFlagScreen(screening);
		this.consultations = consultations;
		this.consents = consents;
		this.alerts = alerts;
		this.clock = clock.withZone(practice.timeZone());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional
	Consultation open(long clientId) {
		return consultations.draftOf(clientId);
	}

	/** The screening of what the consultation knows so far, or null before the pain step. */
	ScreeningResult screening(Consultation consultation) {
		Intake intake = intake(consultation);
		return intake == null ? null : screen.screen(intake);
	}

	/** The intake the answers describe, assessed on the day they were submitted (today for a draft), or null. */
	Intake intake(Consultation consultation) {
		LocalDate day = consultation.submittedAt() == null ? today()
				: LocalDate.ofInstant(consultation.submittedAt(), clock.getZone());
		return consultation.answers().toIntake(day);
	}

	/**
	 * Saves one step's answers (only when they are valid) and screens them.
	 *
	 * @param advance whether the client moves on (a full submit) or stays (an answer checked as they tick it)
	 */
	@Transactional
	Saved save(Client client, ConsultationStep step, Map<String, List<String>> posted, boolean advance) {
		Consultation draft = consultations.draftOf(client.id());
		if (!draft.canOpen(step) || step == ConsultationStep.CONSENT) {
			throw new IllegalStateException("Step " + step + " cannot be saved now");
		}
		ConsultationAnswers answers = draft.answers().with(step, posted);
		FormErrors errors = ConsultationValidation.check(step, answers, today());
		if (!errors.isEmpty()) {
			return new Saved(draft.with(answers, draft.currentStep(), draft.outcome()), errors, screening(draft));
		}
		int next = advance ? Math.max(draft.currentStep(), step.number() + 1) : draft.currentStep();
		Intake intake = answers.toIntake(today());
		ScreeningResult screening = intake == null ? null : screen.screen(intake);
		Consultation saved = draft.with(answers, next, screening == null ? null : screening.outcome());
		consultations.save(saved);
		if (screening != null) {
			alerts.raise(saved, screening, client.name(), client.email());
		}
		return new Saved(saved, errors, screening);
	}

	/** Signs the current consent (unless signed already) and submits the consultation with its screening. */
	@Transactional
	Saved submit(Client client, Map<String, List<String>> posted) {
		Consultation draft = consultations.draftOf(client.id());
		if (!draft.canOpen(ConsultationStep.CONSENT)) {
			throw new IllegalStateException("The consultation is not ready to submit");
		}
		Consents.Version consent = consents.current();
		boolean signed = consents.signedBy(client.id(), consent.number()).isPresent();
		ConsultationAnswers answers = draft.answers().with(ConsultationStep.CONSENT, posted);
		FormErrors errors = signed ? FormErrors.none() : ConsultationValidation.check(ConsultationStep.CONSENT, answers, today());
		Intake intake = answers.toIntake(today());
		if (intake == null) {
			errors.global("Please answer the questions about your pain first.");
		}
		if (!errors.isEmpty()) {
			return new Saved(draft.with(answers, draft.currentStep(), draft.outcome()), errors, screening(draft));
		}
		if (!signed) {
			consents.sign(client.id(), consent.number(), answers.get("typedName"));
		}
		ScreeningResult screening = screen.screen(intake);
		Consultation saved = draft.with(answers, ConsultationStep.LAST, screening.outcome());
		consultations.save(saved);
		consultations.submit(saved.id(), screening.outcome());
		alerts.raise(saved, screening, client.name(), client.email());
		events.publishEvent(new ConsultationSubmitted(saved.id(), client.id(), screening.outcome()));
		return new Saved(saved, errors, screening);
	}

	/** A new consultation after a submitted one (a re-assessment, or things changed), starting from the last answers. */
	@Transactional
	Consultation restart(long clientId) {
		return consultations.restart(clientId);
	}
}
