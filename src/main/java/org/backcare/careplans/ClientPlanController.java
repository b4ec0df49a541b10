package org.backcare.careplans;

import java.util.Map;

import org.backcare.homecare.HomeCareLibrary;
import org.backcare.identity.People;
import org.backcare.identity.SignedInAccount;
import org.backcare.platform.AuditLog;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The client's own care plan in plain language, with the reason for every choice. */
@Controller
class ClientPlanController {

	private final CarePlans plans;

	private final HomeCareLibrary library;

	private final People people;

	private final AuditLog audit;

	ClientPlanController(CarePlans plans, HomeCareLibrary library, People people, AuditLog audit) {
		this.plans = plans;
		this.library = library;
		this.people = people;
		this.audit = audit;
	}

	@GetMapping("/account/plan")
	ModelAndView plan(@AuthenticationPrincipal SignedInAccount me) {
		long client = me.id().value();
		CarePlan plan = plans.openOf(client).orElse(null);
		if (plan != null) {
			audit.record(client, "care-plan.viewed", client, "care-plan:" + plan.id());
		}
		return new ModelAndView("careplans/client-plan")
			.addObject("plan", plan)
			.addObject("changedBy", plan == null || plan.latestChange() == null ? null : people.nameOf(plan.latestChange().therapistId()))
			.addObject("approvedBy", plan == null || plan.approvedBy() == null ? null : people.nameOf(plan.approvedBy()))
			.addObject("homeCare", plan == null ? Map.of() : PlanWords.homeCareTitles(plan.plan(), library));
	}
}
