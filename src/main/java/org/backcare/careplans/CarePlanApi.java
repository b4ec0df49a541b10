package org.backcare.careplans;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backcare.identity.People;
import org.backcare.identity.SignedInAccount;
import org.backcare.platform.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in client's own care plan, for apps: the same plan the page shows, in the preview API's shape. */
@RestController
@Tag(name = "Care plans")
class CarePlanApi {

	/**
	 * @param status PROPOSED while a therapist reviews it, APPROVED once one approved it
	 * @param approvedBy the approving therapist's name, or null
	 */
	record MyPlan(long id, PlanStatus status, int version, Instant approvedAt, String approvedBy, Plan plan) {
	}

	private final CarePlans plans;

	private final People people;

	private final AuditLog audit;

	CarePlanApi(CarePlans plans, People people, AuditLog audit) {
		this.plans = plans;
		this.people = people;
		this.audit = audit;
	}

	@GetMapping("/api/v1/care-plans/mine")
	@Operation(summary = "The signed-in client's current care plan (404 before their first bookable consultation)")
	MyPlan mine(@AuthenticationPrincipal SignedInAccount me) {
		long client = me.id().value();
		CarePlan plan = plans.openOf(client)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no care plan yet"));
		audit.record(client, "care-plan.viewed", client, "care-plan:" + plan.id());
		return new MyPlan(plan.id(), plan.status(), plan.version(), plan.approvedAt(),
				plan.approvedBy() == null ? null : people.nameOf(plan.approvedBy()), plan.plan());
	}
}
