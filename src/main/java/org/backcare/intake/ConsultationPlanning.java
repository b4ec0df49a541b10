package org.backcare.intake;

/**
 * Proposes the care plan for a consultation. The care-plan module implements it: it depends on intake, so intake
 * cannot call its engine without a cycle between the two modules.
 */
public interface ConsultationPlanning {

	/**
	 * @return the proposed plan in the JSON shape of the care-plan preview API ({@code careplans.Plan}), or null
	 *         when the screening does not allow booking
	 */
	Object propose(Intake intake);
}
