package org.backcare.careplans;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** A client's approved care plan, for the modules that act on it (booking its sessions). */
@Component
public class ApprovedPlans {

	/**
	 * @param therapistId the therapist who approved the plan and took the client on
	 */
	public record ApprovedPlan(long planId, long clientId, long therapistId, Plan plan) {
	}

	private final CarePlans plans;

	ApprovedPlans(CarePlans plans) {
		this.plans = plans;
	}

	/** The client's plan if a therapist has approved its current version; empty while none is approved. */
	public Optional<ApprovedPlan> of(long clientId) {
		return plans.openOf(clientId)
			.filter(CarePlan::approved)
			.map(plan -> new ApprovedPlan(plan.id(), plan.clientId(), plan.approvedBy(), plan.plan()));
	}
}
