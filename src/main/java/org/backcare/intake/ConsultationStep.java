package org.backcare.intake;

import java.util.List;

/** The steps of the consultation, in order, and the answer fields each one owns. */
enum ConsultationStep {

	PAIN(1, "Your pain", List.of("painOnset", "painNow", "painAverageWeek", "activity1", "activity1Rating", "activity2",
			"activity2Rating", "activity3", "activity3Rating", "legSymptoms")),
	SAFETY(2, "Safety questions", List.of("redFlags", "pregnant", "pregnancyWarningSigns")),
	HEALTH(3, "You and your health", List.of("birthDate", "causes", "lordosisSigns", "dueDate", "pregnancyWeek",
			"pregnancyRiskFactors", "deliveryDate", "caesarean", "menopause", "conditions", "medicines", "surgeryDate")),
	PREFERENCES(4, "Your preferences", List.of("pressure", "techniques", "goals", "sitsMostOfDay")),
	CONSENT(5, "Consent", List.of("typedName"));

	static final int LAST = 5;

	private final int number;

	private final String title;

	private final List<String> fields;

	ConsultationStep(int number, String title, List<String> fields) {
		this.number = number;
		this.title = title;
		this.fields = fields;
	}

	static ConsultationStep number(int number) {
		for (ConsultationStep step : values()) {
			if (step.number == number) {
				return step;
			}
		}
		return null;
	}

	int number() {
		return number;
	}

	String title() {
		return title;
	}

	List<String> fields() {
		return fields;
	}

	String view() {
		return "intake/consultation-" + name().toLowerCase();
	}
}
