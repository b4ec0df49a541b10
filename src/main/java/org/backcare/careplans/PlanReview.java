package org.backcare.careplans;

import org.backcare.homecare.HomeProgramme;
import org.backcare.platform.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's review of a plan: changes (a new version with who and why) and approval, each one transaction
 * with its audit entry. The first therapist to change or approve a waiting plan takes the client on.
 */
@Service
class PlanReview {

	/** What a review action did: done, or beaten by someone else's change. */
	enum Result {
		DONE, CONFLICT
	}

	private final CarePlans plans;

	private final AuditLog audit;

	private final HomeProgramme homeProgramme;

	PlanReview(CarePlans plans, AuditLog audit, HomeProgramme homeProgramme) {
		this.plans = plans;
		this.audit = audit;
		this.homeProgramme = homeProgramme;
	}

	/** Call only with a change whose {@link PlanChange#check} found nothing. */
	@Transactional
	Result change(CarePlan plan, int seenVersion, long therapistId, PlanChange change) {
		if (!plans.change(plan.id(), seenVersion, therapistId, change.applyTo(plan.plan()), change.reason().strip())) {
			return Result.CONFLICT;
		}
		audit.record(therapistId, "care-plan.changed", plan.clientId(), "care-plan:" + plan.id());
		return Result.DONE;
	}

	@Transactional
	Result approve(CarePlan plan, int seenVersion, long therapistId) {
		if (!plans.approve(plan.id(), seenVersion, therapistId)) {
			return Result.CONFLICT;
		}
		audit.record(therapistId, "care-plan.approved", plan.clientId(), "care-plan:" + plan.id());
		// The approved plan's home care becomes the client's programme in the same transaction. A call, not an event:
		// care plans depend on home care (its library), so home care cannot listen to care plans without a cycle.
		homeProgramme.assign(plan.clientId(), plan.id(),
				plan.plan().homeCare().stream().map(item -> new HomeProgramme.Assignment(item.item(), item.why())).toList());
		return Result.DONE;
	}
}
