package org.backcare.careplans;

import java.util.Map;

import org.backcare.identity.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo clients' plans, approved by a therapist trained for them: Priya's prenatal plan by Tomás, Sam's by Maya.
 * Only with the {@code demo} profile; after the demo consultations.
 */
@Component
@Profile("demo")
class DemoPlans {

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private static final Map<String, String> APPROVER = Map.of("client2@demo.backcare.test", "therapist2@demo.backcare.test",
			"client1@demo.backcare.test", "therapist1@demo.backcare.test", "past1@demo.backcare.test",
			"therapist1@demo.backcare.test", "past2@demo.backcare.test", "therapist3@demo.backcare.test",
			"past3@demo.backcare.test", "therapist1@demo.backcare.test", "past4@demo.backcare.test",
			"therapist3@demo.backcare.test", "past5@demo.backcare.test", "therapist1@demo.backcare.test",
			"past6@demo.backcare.test", "therapist3@demo.backcare.test");

	private final CarePlans plans;

	private final PlanReview review;

	private final People people;

	DemoPlans(CarePlans plans, PlanReview review, People people) {
		this.plans = plans;
		this.review = review;
		this.people = people;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(40)
	@Transactional
	void approveDemoPlans() {
		APPROVER.forEach((clientEmail, therapistEmail) -> {
			var client = people.withEmail(clientEmail);
			var therapist = people.withEmail(therapistEmail);
			if (client.isEmpty() || therapist.isEmpty()) {
				return;
			}
			plans.openOf(client.get().id().value())
				.filter(plan -> plan.status() == PlanStatus.PROPOSED && plan.version() == 1)
				.ifPresent(plan -> {
					review.approve(plan, plan.version(), therapist.get().id().value());
					log.info("Demo data: {} approved the care plan of {}", therapist.get().name(), client.get().name());
				});
		});
	}
}
