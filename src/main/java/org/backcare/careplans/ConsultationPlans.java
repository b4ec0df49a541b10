package org.backcare.careplans;

import org.backcare.intake.ConsultationPlanning;
import org.backcare.intake.Intake;
import org.springframework.stereotype.Component;

/** The plan engine behind intake's consultation result page (intake cannot depend on careplans: a cycle). */
@Component
class ConsultationPlans implements ConsultationPlanning {

	private final PlanEngine engine;

	ConsultationPlans(PlanEngine engine) {
		this.engine = engine;
	}

	@Override
	public Plan propose(Intake intake) {
		return engine.propose(intake).plan();
	}
}
