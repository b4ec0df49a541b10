package org.backcare.shop;

import java.util.List;

import org.backcare.careplans.ApprovedPlans;
import org.springframework.stereotype.Component;

/** The products a client's approved care plan recommends for home, by the plan's product tags. */
@Component
class PlanPicks {

	private final ApprovedPlans plans;

	private final ProductCatalogue catalogue;

	PlanPicks(ApprovedPlans plans, ProductCatalogue catalogue) {
		this.plans = plans;
		this.catalogue = catalogue;
	}

	/** Empty without an approved plan, and while the plan is paused: that waits for the therapist's review (O5). */
	List<CatalogueEntry> of(long clientId) {
		return plans.of(clientId)
			.filter(plan -> !plan.paused())
			.map(plan -> catalogue.tagged(plan.plan().productTags()))
			.orElse(List.of());
	}
}
