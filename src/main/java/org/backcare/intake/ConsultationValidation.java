package org.backcare.intake;

import java.time.LocalDate;
import java.util.List;

import org.backcare.platform.FormErrors;
import org.backcare.therapies.Technique;

/** The checks of each step, with messages for people; the answers are kept as typed so the step can show them again. */
final class ConsultationValidation {

	private ConsultationValidation() {
	}

	static FormErrors check(ConsultationStep step, ConsultationAnswers answers, LocalDate today) {
		var errors = FormErrors.none();
		switch (step) {
			case PAIN -> pain(answers, today, errors);
			case SAFETY -> {
				known(answers, "redFlags", RedFlag.class, errors);
				known(answers, "pregnancyWarningSigns", PregnancyWarningSign.class, errors);
			}
			case HEALTH -> health(answers, today, errors);
			case PREFERENCES -> {
				known(answers, "pressure", PressurePreference.class, errors);
				known(answers, "techniques", Technique.class, errors);
				known(answers, "goals", Goal.class, errors);
			}
			case CONSENT -> {
				String name = answers.get("typedName");
				if (name.length() < 2 || name.length() > 100) {
					errors.field("typedName", "Type your full name to sign (2 to 100 characters).");
				}
			}
		}
		return errors;
	}

	private static void pain(ConsultationAnswers answers, LocalDate today, FormErrors errors) {
		LocalDate onset = answers.date("painOnset");
		if (onset == null) {
			errors.field("painOnset", "Enter the date your back pain began, for example 2026-10-01.");
		}
		else if (onset.isAfter(today)) {
			errors.field("painOnset", "The date your pain began cannot be in the future.");
		}
		else if (onset.isBefore(today.minusYears(100))) {
			errors.field("painOnset", "Enter a date in the last 100 years.");
		}
		scale(answers, "painNow", true, "Choose how bad your pain is right now, from 0 to 10.", errors);
		scale(answers, "painAverageWeek", false, "Choose your average pain over the past week, from 0 to 10.", errors);
		for (int i = 1; i <= 3; i++) {
			String activity = answers.get("activity" + i);
			String rating = "activity" + i + "Rating";
			if (activity.length() > 100) {
				errors.field("activity" + i, "Describe the activity in at most 100 characters.");
			}
			if (!activity.isEmpty()) {
				scale(answers, rating, true, "Rate how well you can do this activity, from 0 to 10.", errors);
			}
			else if (!answers.get(rating).isEmpty()) {
				errors.field("activity" + i, "Name the activity you rated.");
			}
		}
		if (!List.of("NONE", "ONE_LEG", "BOTH_LEGS").contains(answers.get("legSymptoms"))) {
			errors.field("legSymptoms", "Tell us whether pain, tingling or numbness goes into your legs.");
		}
	}

	private static void health(ConsultationAnswers answers, LocalDate today, FormErrors errors) {
		LocalDate birth = answers.date("birthDate");
		if (!answers.get("birthDate").isEmpty() && (birth == null || birth.isAfter(today) || birth.isBefore(today.minusYears(120)))) {
			errors.field("birthDate", "Enter your date of birth, for example 1980-04-23.");
		}
		known(answers, "causes", Cause.class, errors);
		known(answers, "lordosisSigns", LordosisSign.class, errors);
		known(answers, "conditions", Condition.class, errors);
		if (answers.pregnant()) {
			boolean hasDue = !answers.get("dueDate").isEmpty();
			boolean hasWeek = !answers.get("pregnancyWeek").isEmpty();
			LocalDate due = answers.date("dueDate");
			Integer week = answers.number("pregnancyWeek");
			if (hasDue == hasWeek) {
				errors.field("dueDate", "Give either your due date or the week of your pregnancy (one of the two).");
			}
			else if (hasDue && (due == null || due.isBefore(today.minusWeeks(3)) || due.isAfter(today.plusWeeks(42)))) {
				errors.field("dueDate", "Enter your due date, within the next 42 weeks.");
			}
			else if (hasWeek && (week == null || week < 1 || week > 42)) {
				errors.field("pregnancyWeek", "Enter the week of your pregnancy, from 1 to 42.");
			}
			known(answers, "pregnancyRiskFactors", PregnancyRiskFactor.class, errors);
		}
		past(answers, "deliveryDate", today, "Enter the date your baby was born; it cannot be in the future.", errors);
		past(answers, "surgeryDate", today, "Enter the date of your operation; it cannot be in the future.", errors);
		if (answers.get("medicines").length() > 1000) {
			errors.field("medicines", "Keep this to 1000 characters; your therapist asks about the rest.");
		}
	}

	private static void scale(ConsultationAnswers answers, String field, boolean required, String message, FormErrors errors) {
		Integer value = answers.number(field);
		boolean empty = answers.get(field).isEmpty();
		if ((empty && required) || (!empty && (value == null || value < 0 || value > 10))) {
			errors.field(field, message);
		}
	}

	private static void past(ConsultationAnswers answers, String field, LocalDate today, String message, FormErrors errors) {
		LocalDate date = answers.date(field);
		if (!answers.get(field).isEmpty() && (date == null || date.isAfter(today) || date.isBefore(today.minusYears(100)))) {
			errors.field(field, message);
		}
	}

	private static <E extends Enum<E>> void known(ConsultationAnswers answers, String field, Class<E> type, FormErrors errors) {
		for (String value : answers.values().getOrDefault(field, List.of())) {
			if (ConsultationAnswers.known(type, value) == null) {
				errors.field(field, "Choose from the answers offered.");
			}
		}
	}
}
