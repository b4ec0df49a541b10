package org.backcare.careplans;

import org.backcare.intake.ClearanceRecorded;
import org.backcare.intake.ConsultationSubmitted;
import org.backcare.intake.SubmittedConsultation;
import org.backcare.intake.SubmittedConsultations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stores the engine's proposal when a consultation is submitted, or cleared, in the same transaction: a client
 * never has a submitted, bookable consultation without a plan. A newer consultation retires the older plan, also
 * when it blocks booking (something changed that a therapist must look at first).
 */
@Component
class PlanProposer {

	private final SubmittedConsultations consultations;

	private final PlanEngine engine;

	private final CarePlans plans;

	PlanProposer(SubmittedConsultations consultations, PlanEngine engine, CarePlans plans) {
		this.consultations = consultations;
		this.engine = engine;
		this.plans = plans;
	}

	@EventListener
	void on(ConsultationSubmitted submitted) {
		propose(submitted.consultationId());
	}

	@EventListener
	void on(ClearanceRecorded cleared) {
		propose(cleared.consultationId());
	}

	private void propose(long consultationId) {
		SubmittedConsultation consultation = consultations.find(consultationId).orElseThrow();
		var latest = consultations.latestOf(consultation.clientId()).orElseThrow();
		if (latest.id() != consultationId) {
			return; // a clearance for an older consultation: the newer one speaks for the client
		}
		plans.supersedeOpenPlanOf(consultation.clientId());
		if (consultation.allowsBooking()) {
			var assessment = engine.assess(consultation.intake(), consultation.clearance() != null);
			plans.propose(consultation.clientId(), consultationId, assessment.pressureCap(), assessment.proposal().plan());
		}
	}
}
