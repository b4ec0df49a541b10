package org.backcare.careplans;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.backcare.intake.Cause;
import org.backcare.intake.Condition;
import org.backcare.intake.Goal;
import org.backcare.intake.Intake;
import org.backcare.intake.LordosisSign;
import org.backcare.intake.Postpartum;
import org.backcare.intake.Pregnancy;
import org.backcare.intake.PregnancyRiskFactor;
import org.backcare.intake.PregnancyWarningSign;
import org.backcare.intake.PressurePreference;
import org.backcare.intake.RedFlag;
import org.backcare.therapies.Technique;

/** The preview request as the JSON contract has it; every field may be absent, {@link #problems} says which must not. */
record PreviewRequest(LocalDate assessedOn, LocalDate birthDate, LocalDate painOnset, Integer painNow,
		Integer painAverageWeek, Boolean radiatingLegPain, Set<Cause> causes, Set<LordosisSign> lordosisSigns,
		Set<RedFlag> redFlags, Set<Condition> conditions, LocalDate recentSurgeryDate, PregnancyJson pregnancy,
		Set<PregnancyWarningSign> pregnancyWarningSigns, Set<PregnancyRiskFactor> pregnancyRiskFactors,
		PostpartumJson postpartum, Boolean menopause, PressurePreference pressurePreference,
		Set<Technique> requestedTechniques, Boolean sitsMostOfDay, Set<Goal> goals) {

	static final int LONGEST_PREGNANCY_WEEKS = 42;

	record PregnancyJson(LocalDate dueDate, Integer week) {
	}

	record PostpartumJson(LocalDate deliveryDate, Boolean caesarean) {
	}

	record FieldMessage(String field, String message) {
	}

	/** Every field that is missing or wrong, with a message for people; empty when the request is fine. */
	List<FieldMessage> problems(LocalDate today) {
		var problems = new ArrayList<FieldMessage>();
		// A day far from today is a typo, and a day near the end of the calendar would overflow every date rule.
		boolean plausible = assessedOn == null || !(assessedOn.isBefore(today.minusYears(10)) || assessedOn.isAfter(today.plusYears(1)));
		if (!plausible) {
			problems.add(new FieldMessage("assessedOn", "The day of the assessment must be at most a year ahead and at most ten years back."));
		}
		LocalDate day = assessedOn != null && plausible ? assessedOn : today;
		if (painOnset == null) {
			problems.add(new FieldMessage("painOnset", "Tell us when the pain began."));
		}
		else if (painOnset.isAfter(day)) {
			problems.add(new FieldMessage("painOnset", "The pain cannot begin after the day of the assessment."));
		}
		if (painNow == null) {
			problems.add(new FieldMessage("painNow", "Rate your pain now from 0 to 10."));
		}
		else if (painNow < 0 || painNow > 10) {
			problems.add(new FieldMessage("painNow", "Pain is rated from 0 to 10."));
		}
		if (painAverageWeek != null && (painAverageWeek < 0 || painAverageWeek > 10)) {
			problems.add(new FieldMessage("painAverageWeek", "Pain is rated from 0 to 10."));
		}
		if (birthDate != null && (birthDate.isAfter(day) || birthDate.isBefore(day.minusYears(130)))) {
			problems.add(new FieldMessage("birthDate", "This birth date is not possible."));
		}
		if (recentSurgeryDate != null && recentSurgeryDate.isAfter(day)) {
			problems.add(new FieldMessage("recentSurgeryDate", "The operation date cannot be after the day of the assessment."));
		}
		if (pregnancy != null) {
			pregnancyProblems(day, problems);
		}
		if (postpartum != null) {
			if (postpartum.deliveryDate() == null) {
				problems.add(new FieldMessage("postpartum.deliveryDate", "Tell us the day your baby was born."));
			}
			else if (postpartum.deliveryDate().isAfter(day)) {
				problems.add(new FieldMessage("postpartum.deliveryDate", "The delivery date cannot be in the future."));
			}
		}
		nulls("causes", causes, problems);
		nulls("lordosisSigns", lordosisSigns, problems);
		nulls("redFlags", redFlags, problems);
		nulls("conditions", conditions, problems);
		nulls("pregnancyWarningSigns", pregnancyWarningSigns, problems);
		nulls("pregnancyRiskFactors", pregnancyRiskFactors, problems);
		nulls("requestedTechniques", requestedTechniques, problems);
		nulls("goals", goals, problems);
		return problems;
	}

	private void pregnancyProblems(LocalDate day, List<FieldMessage> problems) {
		if ((pregnancy.dueDate() == null) == (pregnancy.week() == null)) {
			problems.add(new FieldMessage("pregnancy", "Give either the due date or the week of pregnancy."));
		}
		else if (pregnancy.week() != null && (pregnancy.week() < 1 || pregnancy.week() > LONGEST_PREGNANCY_WEEKS)) {
			problems.add(new FieldMessage("pregnancy.week", "The week of pregnancy is between 1 and " + LONGEST_PREGNANCY_WEEKS + "."));
		}
		else if (pregnancy.dueDate() != null) {
			long daysAway = ChronoUnit.DAYS.between(day, pregnancy.dueDate());
			if (daysAway > LONGEST_PREGNANCY_WEEKS * 7L) {
				problems.add(new FieldMessage("pregnancy.dueDate", "The due date cannot be more than 42 weeks away."));
			}
			else if (Pregnancy.dueOn(pregnancy.dueDate()).weekOn(day) > LONGEST_PREGNANCY_WEEKS) {
				problems.add(new FieldMessage("pregnancy.dueDate", "A due date this far in the past means the baby has been born; "
						+ "tell us about the birth instead."));
			}
		}
	}

	private static void nulls(String field, Collection<?> values, List<FieldMessage> problems) {
		if (values != null && values.contains(null)) {
			problems.add(new FieldMessage(field, "A list cannot hold empty values."));
		}
	}

	/** The engine's input; only for a request without {@link #problems}. */
	Intake toIntake(LocalDate today) {
		return new Intake(assessedOn != null ? assessedOn : today, birthDate, painOnset, painNow, painAverageWeek,
				Boolean.TRUE.equals(radiatingLegPain), causes, lordosisSigns, redFlags, conditions, recentSurgeryDate,
				pregnancy == null ? null : new Pregnancy(pregnancy.dueDate(), pregnancy.week()),
				pregnancyWarningSigns, pregnancyRiskFactors,
				postpartum == null ? null : new Postpartum(postpartum.deliveryDate(), Boolean.TRUE.equals(postpartum.caesarean())),
				Boolean.TRUE.equals(menopause), pressurePreference, requestedTechniques, Boolean.TRUE.equals(sitsMostOfDay), goals);
	}
}
