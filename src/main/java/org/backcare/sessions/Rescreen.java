package org.backcare.sessions;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.backcare.intake.Condition;
import org.backcare.intake.Finding;
import org.backcare.intake.Intake;
import org.backcare.intake.RedFlag;
import org.backcare.intake.RedFlagScreen;
import org.backcare.intake.ScreeningOutcome;
import org.backcare.intake.ScreeningResult;

/**
 * O1: the red-flag questions asked again at the start of each session, routed as the intake routes them (S1 to
 * S9). Only flags the client did not report at the intake count: those were screened and, where needed, cleared.
 * The new flags are screened on their own, in the client's context (age, pain onset, fragile bones), so a gate the
 * intake already passed or cleared does not stop the session again. Pure: no clock, no Spring.
 */
final class Rescreen {

	/**
	 * @param newFlags the flags reported today that the intake did not have
	 * @param screening the routing of the new flags alone
	 */
	record Result(Set<RedFlag> newFlags, ScreeningResult screening) {

		/** The session is stopped when a new flag would have blocked booking: emergency, same day, doctor or clearance first. */
		boolean stops() {
			return !screening.allowsBooking();
		}

		ScreeningOutcome stoppedAs() {
			return stops() ? screening.outcome() : null;
		}

		List<Finding> findings() {
			return screening.findings();
		}
	}

	private final RedFlagScreen screen;

	Rescreen(RedFlagScreen screen) {
		this.screen = screen;
	}

	/**
	 * @param intake the client's latest submitted consultation, or null when there is none (every flag is then new)
	 * @param reported the flags the client reports today
	 * @param painToday the pain before the session (0-10), or null to use the intake's
	 * @param today the day of the session
	 */
	Result of(Intake intake, Set<RedFlag> reported, Integer painToday, LocalDate today) {
		Set<RedFlag> fresh = reported.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(reported);
		if (intake != null) {
			fresh.removeAll(intake.redFlags());
		}
		if (fresh.isEmpty()) {
			return new Result(Set.of(), new ScreeningResult(ScreeningOutcome.PROCEED, List.of()));
		}
		return new Result(Set.copyOf(fresh), screen.screen(context(intake, fresh, painToday, today)));
	}

	/** The client's context without what gates on its own (conditions, pregnancy): only the new flags can fire. */
	private static Intake context(Intake intake, Set<RedFlag> flags, Integer painToday, LocalDate today) {
		int pain = painToday != null ? painToday : intake == null ? 0 : intake.painNow();
		LocalDate onset = intake == null || intake.painOnset().isAfter(today) ? today : intake.painOnset();
		// S7 reads fragile bones from osteoporosis; the plain condition carries it without the M2 clearance gate.
		Set<Condition> conditions = intake != null && intake.osteoporosis() ? Set.of(Condition.OSTEOPOROSIS) : Set.of();
		return new Intake(today, intake == null ? null : intake.birthDate(), onset, pain, null, false, Set.of(),
				Set.of(), flags, conditions, null, null, Set.of(), Set.of(), null, false, null, Set.of(), false, Set.of());
	}
}
