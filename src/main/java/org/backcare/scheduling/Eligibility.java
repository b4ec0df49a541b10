package org.backcare.scheduling;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.backcare.careplans.ApprovedPlans;
import org.backcare.careplans.ApprovedPlans.ApprovedPlan;
import org.backcare.careplans.Plan;
import org.backcare.intake.SubmittedConsultation;
import org.backcare.intake.SubmittedConsultations;
import org.backcare.therapies.Service;
import org.backcare.therapies.Skill;
import org.springframework.stereotype.Component;

/**
 * What a client may book, and why not. A consultation is open to every signed-in client; treatment needs a
 * screening that allows it (or a clearance) and a care plan a therapist approved, and then only the plan's
 * techniques, given by a therapist with the training the plan and the service ask for (L2).
 */
@Component
class Eligibility {

	/** Why a client can book a consultation only, or not this service; the words are the API's problem detail. */
	enum Refusal {
		NO_CONSULTATION("Start with a first-visit consultation, or answer the consultation questions online: a therapist then proposes your care plan, and you can book its sessions once they approve it."),
		SCREENING_BLOCKS("Your consultation answers ask for a doctor's check before massage. Until a therapist records your clearance, you can book a consultation only."),
		PLAN_IN_REVIEW("A therapist is reviewing your care plan. Once they approve it you can book its sessions; until then, you can book a consultation."),
		PLAN_PAUSED("Your care plan is paused: something in your last check-in needs your therapist's review first (O5). They will be in touch; until then, you can book a consultation."),
		NOT_IN_PLAN("This massage is not part of your care plan. Choose one of the techniques your plan includes, or ask your therapist to change the plan.");

		final String words;

		Refusal(String words) {
			this.words = words;
		}
	}

	/**
	 * Where a client stands.
	 *
	 * @param refusal why only a consultation can be booked, or null when the plan's sessions can be
	 * @param plan the approved plan, or null
	 */
	record Standing(Refusal refusal, ApprovedPlan plan) {

		boolean treatmentAllowed() {
			return refusal == null;
		}

		/** Why this service can't be booked, if it can't. */
		Optional<Refusal> refusalFor(Service service) {
			if (service.consultation()) {
				return Optional.empty();
			}
			if (refusal != null) {
				return Optional.of(refusal);
			}
			boolean inPlan = plan.plan().techniques().stream().anyMatch(proposed -> proposed.technique() == service.technique());
			return inPlan ? Optional.empty() : Optional.of(Refusal.NOT_IN_PLAN);
		}

		/**
		 * The training the therapist needs: the service's, and what the plan asks of whoever treats this client.
		 * The plan lists training per technique (deep tissue for deep tissue work) and per client (prenatal, L2);
		 * a session of one technique needs that technique's training and the client's, not the others'.
		 */
		Set<Skill> skillsFor(Service service) {
			Set<Skill> skills = EnumSet.noneOf(Skill.class);
			if (service.requiredSkill() != null) {
				skills.add(service.requiredSkill());
			}
			if (plan != null) {
				plan.plan()
					.requiredSkills()
					.stream()
					.filter(skill -> skill == Skill.PRENATAL || skill.name().equals(service.technique().name()))
					.forEach(skills::add);
			}
			return skills;
		}

		/** Which services the plan's sessions are: the plan's techniques and session length. */
		boolean planSession(Service service) {
			if (plan == null || service.consultation()) {
				return false;
			}
			Plan details = plan.plan();
			return service.minutes() == details.sessionMinutes()
					&& details.techniques().stream().anyMatch(proposed -> proposed.technique() == service.technique());
		}
	}

	private final SubmittedConsultations consultations;

	private final ApprovedPlans plans;

	Eligibility(SubmittedConsultations consultations, ApprovedPlans plans) {
		this.consultations = consultations;
		this.plans = plans;
	}

	Standing of(long clientId) {
		Optional<SubmittedConsultation> consultation = consultations.latestOf(clientId);
		if (consultation.isEmpty()) {
			return new Standing(Refusal.NO_CONSULTATION, null);
		}
		if (!consultation.get().allowsBooking()) {
			return new Standing(Refusal.SCREENING_BLOCKS, null);
		}
		return plans.of(clientId)
			.map(plan -> plan.paused() ? new Standing(Refusal.PLAN_PAUSED, null) : new Standing(null, plan))
			.orElseGet(() -> new Standing(Refusal.PLAN_IN_REVIEW, null));
	}
}
