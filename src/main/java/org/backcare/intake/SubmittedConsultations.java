package org.backcare.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Submitted consultations for the modules that act on them: care plans, and later booking. */
@Service
public class SubmittedConsultations {

	private final Consultations consultations;

	private final Clearances clearances;

	private final ConsultationWizard wizard;

	SubmittedConsultations(Consultations consultations, Clearances clearances, ConsultationWizard wizard) {
		this.consultations = consultations;
		this.clearances = clearances;
		this.wizard = wizard;
	}

	public Optional<SubmittedConsultation> find(long consultationId) {
		return consultations.withId(consultationId).filter(Consultation::submitted).map(this::submitted);
	}

	/** The client's latest submitted consultation: the one that decides what they may book. */
	public Optional<SubmittedConsultation> latestOf(long clientId) {
		return consultations.latestSubmittedOf(clientId).map(this::submitted);
	}

	/** Each client's latest consultation whose screening blocks booking, cleared or not, newest first. */
	List<SubmittedConsultation> blocking() {
		List<Consultation> blocking = consultations.blocking();
		var cleared = clearances.of(blocking.stream().map(Consultation::id).toList());
		return blocking.stream().map(consultation -> submitted(consultation, cleared.get(consultation.id()))).toList();
	}

	private SubmittedConsultation submitted(Consultation consultation) {
		return submitted(consultation, clearances.of(consultation.id()).orElse(null));
	}

	private SubmittedConsultation submitted(Consultation consultation, Clearance clearance) {
		Intake intake = wizard.intake(consultation);
		return new SubmittedConsultation(consultation.id(), consultation.clientId(), consultation.submittedAt(), intake,
				wizard.screening(consultation), clearance);
	}
}
