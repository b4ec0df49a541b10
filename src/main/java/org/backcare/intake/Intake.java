package org.backcare.intake;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

import org.backcare.therapies.Technique;

/**
 * What a client told us in the consultation: the input of the screening and of the plan engine. Immutable; sets
 * are never null (an absent list is an empty set). Range checks with messages for people belong to the edge that
 * builds it; this record only refuses what no edge may pass.
 *
 * @param assessedOn the day of the consultation; every date rule is computed from it (no clock inside)
 * @param birthDate the client's birth date, or null when not given
 * @param painOnset when the current episode of back pain began
 * @param painNow pain right now, 0 (none) to 10 (worst imaginable)
 * @param painAverageWeek average pain over the past week, or null
 * @param recentSurgeryDate the day of the operation, with {@link Condition#RECENT_SURGERY}, or null
 * @param pregnancy the pregnancy, or null when not pregnant
 * @param postpartum a recent birth, or null
 * @param pressurePreference the preferred pressure, or null
 */
public record Intake(LocalDate assessedOn, LocalDate birthDate, LocalDate painOnset, int painNow,
		Integer painAverageWeek, boolean radiatingLegPain, Set<Cause> causes, Set<LordosisSign> lordosisSigns,
		Set<RedFlag> redFlags, Set<Condition> conditions, LocalDate recentSurgeryDate, Pregnancy pregnancy,
		Set<PregnancyWarningSign> pregnancyWarningSigns, Set<PregnancyRiskFactor> pregnancyRiskFactors,
		Postpartum postpartum, boolean menopause, PressurePreference pressurePreference,
		Set<Technique> requestedTechniques, boolean sitsMostOfDay, Set<Goal> goals) {

	public Intake {
		if (assessedOn == null || painOnset == null) {
			throw new IllegalArgumentException("assessedOn and painOnset are required");
		}
		if (painOnset.isAfter(assessedOn)) {
			throw new IllegalArgumentException("The pain cannot begin after the consultation");
		}
		if (painNow < 0 || painNow > 10) {
			throw new IllegalArgumentException("painNow must be 0-10");
		}
		causes = copy(causes, Cause.class);
		lordosisSigns = copy(lordosisSigns, LordosisSign.class);
		redFlags = copy(redFlags, RedFlag.class);
		conditions = copy(conditions, Condition.class);
		pregnancyWarningSigns = copy(pregnancyWarningSigns, PregnancyWarningSign.class);
		pregnancyRiskFactors = copy(pregnancyRiskFactors, PregnancyRiskFactor.class);
		requestedTechniques = copy(requestedTechniques, Technique.class);
		goals = copy(goals, Goal.class);
	}

	private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
		if (values == null || values.isEmpty()) {
			return Set.of();
		}
		// An EnumSet keeps the enum's order, so plans come out in the same order for the same answers.
		return java.util.Collections.unmodifiableSet(EnumSet.copyOf(values));
	}

	/** The client's age in whole years on the day of the consultation, or -1 when no birth date was given. */
	public int age() {
		return birthDate == null ? -1 : Period.between(birthDate, assessedOn).getYears();
	}

	public boolean pregnant() {
		return pregnancy != null;
	}

	/** The completed week of pregnancy on the day of the consultation, or -1 when not pregnant. */
	public int pregnancyWeek() {
		return pregnancy == null ? -1 : pregnancy.weekOn(assessedOn);
	}

	public boolean has(RedFlag flag) {
		return redFlags.contains(flag);
	}

	public boolean has(Condition condition) {
		return conditions.contains(condition);
	}

	public boolean has(Cause cause) {
		return causes.contains(cause);
	}

	/** Osteoporosis named as a cause or as a condition (severe or not). */
	public boolean osteoporosis() {
		return has(Cause.OSTEOPOROSIS) || has(Condition.OSTEOPOROSIS) || has(Condition.OSTEOPOROSIS_SEVERE);
	}

	public PainClass painClass(int acuteBeforeWeeks, int chronicAfterWeeks) {
		return PainClass.of(painOnset, assessedOn, acuteBeforeWeeks, chronicAfterWeeks);
	}
}
