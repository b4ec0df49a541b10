package org.backcare.intake;

import java.time.Instant;

/**
 * One client's consultation: the answers so far, the step to fill next and the screening of what is known.
 *
 * @param currentStep the furthest step the client has reached (1–5); earlier steps can be changed
 * @param outcome the screening of the answers so far, or null before the pain step is answered
 * @param submittedAt when the client submitted it, or null for a draft
 */
record Consultation(long id, long clientId, boolean submitted, ConsultationAnswers answers, int currentStep,
		ScreeningOutcome outcome, Instant submittedAt) {

	Consultation with(ConsultationAnswers newAnswers, int step, ScreeningOutcome newOutcome) {
		return new Consultation(id, clientId, submitted, newAnswers, step, newOutcome, submittedAt);
	}

	boolean canOpen(ConsultationStep step) {
		return step.number() <= currentStep;
	}
}
