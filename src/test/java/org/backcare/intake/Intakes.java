package org.backcare.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.backcare.therapies.Technique;

/** Intakes for tests: {@code anIntake().chronic().with(RedFlag.SADDLE_NUMBNESS).build()}. */
public final class Intakes {

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	public LocalDate assessedOn = TODAY;

	public LocalDate birthDate = LocalDate.of(1985, 5, 10);

	public LocalDate painOnset = TODAY.minusWeeks(20);

	public int painNow = 5;

	public Integer painAverageWeek = 4;

	public boolean radiatingLegPain;

	public final Set<Cause> causes = EnumSet.noneOf(Cause.class);

	public final Set<LordosisSign> lordosisSigns = EnumSet.noneOf(LordosisSign.class);

	public final Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

	public final Set<Condition> conditions = EnumSet.noneOf(Condition.class);

	public LocalDate recentSurgeryDate;

	public Pregnancy pregnancy;

	public final Set<PregnancyWarningSign> warningSigns = EnumSet.noneOf(PregnancyWarningSign.class);

	public final Set<PregnancyRiskFactor> riskFactors = EnumSet.noneOf(PregnancyRiskFactor.class);

	public Postpartum postpartum;

	public boolean menopause;

	public PressurePreference pressure;

	public final Set<Technique> requested = EnumSet.noneOf(Technique.class);

	public boolean sitsMostOfDay;

	public final Set<Goal> goals = EnumSet.noneOf(Goal.class);

	private Intakes() {
	}

	public static Intakes anIntake() {
		return new Intakes();
	}

	public Intakes painFor(int weeks) {
		painOnset = assessedOn.minusWeeks(weeks);
		return this;
	}

	public Intakes acute() {
		return painFor(1);
	}

	public Intakes subacute() {
		return painFor(8);
	}

	public Intakes chronic() {
		return painFor(20);
	}

	public Intakes aged(int years) {
		birthDate = assessedOn.minusYears(years).minusDays(1);
		return this;
	}

	public Intakes painNow(int pain) {
		painNow = pain;
		return this;
	}

	public Intakes with(RedFlag... flags) {
		redFlags.addAll(Set.of(flags));
		return this;
	}

	public Intakes with(Condition... values) {
		conditions.addAll(Set.of(values));
		return this;
	}

	public Intakes with(Cause... values) {
		causes.addAll(Set.of(values));
		return this;
	}

	public Intakes with(LordosisSign... values) {
		lordosisSigns.addAll(Set.of(values));
		return this;
	}

	public Intakes with(PregnancyWarningSign... values) {
		warningSigns.addAll(Set.of(values));
		return this;
	}

	public Intakes with(PregnancyRiskFactor... values) {
		riskFactors.addAll(Set.of(values));
		return this;
	}

	public Intakes with(Goal... values) {
		goals.addAll(Set.of(values));
		return this;
	}

	public Intakes requesting(Technique... techniques) {
		requested.addAll(Set.of(techniques));
		return this;
	}

	public Intakes surgeryWeeksAgo(int weeks) {
		conditions.add(Condition.RECENT_SURGERY);
		recentSurgeryDate = assessedOn.minusWeeks(weeks);
		return this;
	}

	public Intakes pregnantAtWeek(int week) {
		pregnancy = Pregnancy.atWeek(week);
		causes.add(Cause.PREGNANCY);
		return this;
	}

	public Intakes dueOn(LocalDate dueDate) {
		pregnancy = Pregnancy.dueOn(dueDate);
		return this;
	}

	public Intakes deliveredWeeksAgo(int weeks, boolean caesarean) {
		postpartum = new Postpartum(assessedOn.minusWeeks(weeks), caesarean);
		return this;
	}

	public Intakes radiatingLegPain() {
		radiatingLegPain = true;
		return this;
	}

	public Intakes sitsMostOfDay() {
		sitsMostOfDay = true;
		return this;
	}

	public Intakes prefers(PressurePreference preference) {
		pressure = preference;
		return this;
	}

	public Intake build() {
		return new Intake(assessedOn, birthDate, painOnset, painNow, painAverageWeek, radiatingLegPain, causes, lordosisSigns,
				redFlags, conditions, recentSurgeryDate, pregnancy, warningSigns, riskFactors, postpartum, menopause, pressure,
				requested, sitsMostOfDay, goals);
	}
}
