package org.backcare.careplans;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** A client's approved care plan, for the modules that act on it (booking its sessions, the therapist's calendar). */
@Component
public class ApprovedPlans {

	/**
	 * @param therapistId the therapist who approved the plan and took the client on
	 * @param progress where it stands on the progress rules; PAUSED books nothing but a consultation (O5)
	 */
	public record ApprovedPlan(long planId, long clientId, long therapistId, Plan plan, PlanProgress.State progress) {

		public boolean paused() {
			return progress == PlanProgress.State.PAUSED;
		}
	}

	private final CarePlans plans;

	ApprovedPlans(CarePlans plans) {
		this.plans = plans;
	}

	/** The client's plan if a therapist has approved its current version; empty while none is approved. */
	public Optional<ApprovedPlan> of(long clientId) {
		return plans.openOf(clientId).filter(CarePlan::approved).map(ApprovedPlans::approved);
	}

	/** The approved plans of many clients in one statement, by client id; a client without one is not in the map. */
	public Map<Long, ApprovedPlan> of(Collection<Long> clientIds) {
		if (clientIds.isEmpty()) {
			return Map.of();
		}
		return plans.approvedOf(clientIds)
			.stream()
			.map(ApprovedPlans::approved)
			.collect(Collectors.toMap(ApprovedPlan::clientId, Function.identity()));
	}

	private static ApprovedPlan approved(CarePlan plan) {
		return new ApprovedPlan(plan.id(), plan.clientId(), plan.approvedBy(), plan.plan(), plan.progress());
	}
}
