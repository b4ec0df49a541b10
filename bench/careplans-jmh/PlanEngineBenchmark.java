package org.backcare.careplans;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.backcare.intake.Cause;
import org.backcare.intake.Condition;
import org.backcare.intake.Goal;
import org.backcare.intake.Intake;
import org.backcare.intake.LordosisSign;
import org.backcare.intake.Postpartum;
import org.backcare.intake.Pregnancy;
import org.backcare.intake.PressurePreference;
import org.backcare.intake.RedFlag;
import org.backcare.therapies.Technique;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** PlanEngine.propose for three representative intakes (see bench/careplans.md for how to run it). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanEngineBenchmark {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	final PlanEngine engine = new PlanEngine(CarePlanSettings.defaults());

	final Intake chronicDeskWorker = new Intake(TODAY, LocalDate.of(1984, 3, 2), TODAY.minusWeeks(30), 6, 5, false,
			Set.of(Cause.MUSCLE_STRAIN), Set.of(LordosisSign.TIGHT_HAMSTRINGS), Set.of(), Set.of(), null, null, Set.of(),
			Set.of(), null, false, PressurePreference.MEDIUM, Set.of(Technique.DEEP_TISSUE), true,
			Set.of(Goal.PAIN_RELIEF, Goal.POSTURE));

	final Intake pregnantOnAnticoagulants = new Intake(TODAY, LocalDate.of(1992, 7, 9), TODAY.minusWeeks(6), 5, 4, false,
			Set.of(Cause.PREGNANCY), Set.of(), Set.of(), Set.of(Condition.ANTICOAGULANTS), null, Pregnancy.atWeek(28),
			Set.of(), Set.of(), null, false, null, Set.of(Technique.SWEDISH, Technique.DEEP_TISSUE), false,
			Set.of(Goal.RELAXATION, Goal.SLEEP));

	final Intake caesareanAtThreeWeeksWithFlag = new Intake(TODAY, LocalDate.of(1990, 1, 1), TODAY.minusWeeks(2), 7, 6, true,
			Set.of(Cause.UNKNOWN), Set.of(), Set.of(RedFlag.MINOR_TRAUMA), Set.of(Condition.VARICOSE_VEINS), null, null,
			Set.of(), Set.of(), new Postpartum(TODAY.minusWeeks(3), true), false, PressurePreference.LIGHT, Set.of(), false,
			Set.of(Goal.PAIN_RELIEF));

	@Benchmark
	public Proposal chronicDeskWorker() {
		return engine.propose(chronicDeskWorker);
	}

	@Benchmark
	public Proposal pregnantOnAnticoagulants() {
		return engine.propose(pregnantOnAnticoagulants);
	}

	@Benchmark
	public Proposal caesareanAtThreeWeeks() {
		return engine.propose(caesareanAtThreeWeeksWithFlag);
	}
}
