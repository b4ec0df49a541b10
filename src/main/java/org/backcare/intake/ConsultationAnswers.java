package org.backcare.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backcare.therapies.Technique;

/**
 * The answers of a consultation as the client posted them, field by field (a field may hold several values, like
 * ticked checkboxes). Kept as typed so a step re-renders exactly what was entered, even when it was not valid.
 */
record ConsultationAnswers(Map<String, List<String>> values) {

	static final String YES = "yes";

	ConsultationAnswers {
		var copy = new LinkedHashMap<String, List<String>>();
		values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
		values = java.util.Collections.unmodifiableMap(copy);
	}

	static ConsultationAnswers none() {
		return new ConsultationAnswers(Map.of());
	}

	/** These answers with the fields of one step replaced by what was posted (blank values dropped). */
	ConsultationAnswers with(ConsultationStep step, Map<String, List<String>> posted) {
		var merged = new LinkedHashMap<>(values);
		for (String field : step.fields()) {
			merged.remove(field);
			List<String> kept = new ArrayList<>();
			for (String value : posted.getOrDefault(field, List.of())) {
				if (value != null && !value.isBlank()) {
					kept.add(value.strip());
				}
			}
			if (!kept.isEmpty()) {
				merged.put(field, kept);
			}
		}
		return new ConsultationAnswers(merged);
	}

	/** The first value of the field, or "" when there is none. */
	String get(String field) {
		List<String> list = values.get(field);
		return list == null || list.isEmpty() ? "" : list.get(0);
	}

	boolean has(String field, String value) {
		return values.getOrDefault(field, List.of()).contains(value);
	}

	boolean yes(String field) {
		return has(field, YES);
	}

	boolean pregnant() {
		return yes("pregnant");
	}

	/** The field as a date, or null when it is empty or not a date. */
	LocalDate date(String field) {
		try {
			return get(field).isEmpty() ? null : LocalDate.parse(get(field));
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The field as a whole number, or null when it is empty or not a number. */
	Integer number(String field) {
		try {
			return get(field).isEmpty() ? null : Integer.valueOf(get(field));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** The known values of an enum the field holds; unknown names are left out (validation reports them). */
	<E extends Enum<E>> Set<E> all(String field, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		for (String value : values.getOrDefault(field, List.of())) {
			E known = known(type, value);
			if (known != null) {
				set.add(known);
			}
		}
		return set;
	}

	static <E extends Enum<E>> E known(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

	/**
	 * The intake that the answers so far describe, for screening and the plan engine; null until the pain step
	 * has valid answers (the onset and the pain now are required by {@link Intake}).
	 */
	Intake toIntake(LocalDate today) {
		LocalDate onset = date("painOnset");
		Integer painNow = number("painNow");
		if (onset == null || onset.isAfter(today) || painNow == null || painNow < 0 || painNow > 10) {
			return null;
		}
		Integer average = number("painAverageWeek");
		String legs = get("legSymptoms");
		Set<RedFlag> redFlags = all("redFlags", RedFlag.class);
		if ("BOTH_LEGS".equals(legs)) {
			redFlags.add(RedFlag.BILATERAL_LEG_SYMPTOMS); // S1: symptoms in both legs
		}
		Set<Condition> conditions = all("conditions", Condition.class);
		LocalDate surgery = date("surgeryDate");
		if (surgery != null) {
			conditions.add(Condition.RECENT_SURGERY);
		}
		LocalDate delivery = date("deliveryDate");
		return new Intake(today, date("birthDate"), onset, painNow,
				average == null || average < 0 || average > 10 ? null : average,
				"ONE_LEG".equals(legs) || "BOTH_LEGS".equals(legs), all("causes", Cause.class),
				all("lordosisSigns", LordosisSign.class), redFlags, conditions, surgery, pregnancy(),
				all("pregnancyWarningSigns", PregnancyWarningSign.class),
				pregnant() ? all("pregnancyRiskFactors", PregnancyRiskFactor.class) : Set.of(),
				delivery == null || delivery.isAfter(today) ? null : new Postpartum(delivery, yes("caesarean")),
				yes("menopause"), known(PressurePreference.class, get("pressure")), all("techniques", Technique.class),
				yes("sitsMostOfDay"), all("goals", Goal.class));
	}

	private Pregnancy pregnancy() {
		if (!pregnant()) {
			return null;
		}
		LocalDate due = date("dueDate");
		Integer week = number("pregnancyWeek");
		if (due != null) {
			return Pregnancy.dueOn(due);
		}
		return week != null && week >= 0 && week <= 42 ? Pregnancy.atWeek(week) : null;
	}
}
