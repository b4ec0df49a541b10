package org.backcare.scheduling;

import java.util.List;
import java.util.stream.Collectors;

import org.backcare.careplans.BodyArea;
import org.backcare.careplans.Plan;
import org.backcare.therapies.Position;

/**
 * What a therapist reads about a client's approved care plan before a session: how firm, how the client lies,
 * where to work and where not, and the plan's warnings with the rules they come from.
 *
 * @param avoidPositions positions the plan rules out (rule M6 in pregnancy), empty when none
 * @param avoidAreas areas the plan keeps the therapist away from, empty when none
 */
record PlanNotes(String pressure, String positions, String avoidPositions, String focusAreas, String avoidAreas,
		List<Plan.Warning> warnings) {

	PlanNotes {
		warnings = List.copyOf(warnings);
	}

	static PlanNotes of(Plan plan) {
		Plan.Pressure pressure = plan.pressure();
		String range = pressure.min() == pressure.max() ? String.valueOf(pressure.min()) : pressure.min() + " to " + pressure.max();
		return new PlanNotes(range + " of 5 (" + pressure.words() + ")", positions(plan.positions().allowed()),
				positions(plan.positions().avoid()), areas(plan.focusAreas()), areas(plan.avoidAreas()), plan.warnings());
	}

	private static String positions(List<Position> positions) {
		return positions.stream().map(Position::label).collect(Collectors.joining(", "));
	}

	private static String areas(List<BodyArea> areas) {
		return areas.stream().map(BodyArea::label).collect(Collectors.joining(", "));
	}
}
