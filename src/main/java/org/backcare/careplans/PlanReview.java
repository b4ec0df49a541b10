package org.backcare.careplans;

import org.backcare.homecare.HomeProgramme;
import org.backcare.platform.AuditLog;
import org.backcare.platform.FormErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's review of a plan: changes (a new version with who and why) and approval, each one transaction
 * with its audit entry. The first therapist to change or approve a waiting plan takes the client on.
 */
@Service
class PlanReview {

	/** What a review action did: done, refused with messages, or beaten by someone else's change. */
	enum Result {
		DONE, INVALID, CONFLICT
	}

	private final CarePlans plans;

	private final AuditLog audit;

	private final HomeProgramme homeProgramme;

	private final ApplicationEventPublisher events;

	PlanReview(CarePlans plans, AuditLog audit, HomeProgramme homeProgramme, ApplicationEventPublisher events) {
		this.plans = plans;
		this.audit = audit;
		this.homeProgramme = homeProgramme;
		this.events = events;
	}

	@Transactional
	Result change(CarePlan plan, int seenVersion, long therapistId, PlanChange change, FormErrors errors) {
		FormErrors found = change.check(plan);
		found.byField().forEach(errors::field);
		if (!errors.isEmpty()) {
			return Result.INVALID;
		}
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
		// The approved plan's home care becomes the client's programme in the same transaction.
		homeProgramme.assign(plan.clientId(), plan.id(),
				plan.plan().homeCare().stream().map(item -> new HomeProgramme.Assignment(item.item(), item.why())).toList());
		events.publishEvent(new PlanApproved(plan.id(), plan.clientId(), therapistId));
		return Result.DONE;
	}
}
