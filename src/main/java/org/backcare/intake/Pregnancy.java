package org.backcare.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A pregnancy, known either by its due date or by the week the client tells us (exactly one of the two).
 *
 * @param dueDate the estimated due date, or null
 * @param week the completed week of pregnancy, or null
 */
public record Pregnancy(LocalDate dueDate, Integer week) {

	/** A pregnancy lasts 40 weeks from the first day of the last period to the due date. */
	static final int TERM_DAYS = 280;

	public Pregnancy {
		if ((dueDate == null) == (week == null)) {
			throw new IllegalArgumentException("A pregnancy needs either a due date or a week, not both");
		}
	}

	public static Pregnancy dueOn(LocalDate dueDate) {
		return new Pregnancy(dueDate, null);
	}

	public static Pregnancy atWeek(int week) {
		return new Pregnancy(null, week);
	}

	/** The completed week of pregnancy on that day (0 when the due date is more than 40 weeks away). */
	public int weekOn(LocalDate day) {
		if (week != null) {
			return week;
		}
		long daysPregnant = TERM_DAYS - ChronoUnit.DAYS.between(day, dueDate);
		return (int) Math.max(0, Math.floorDiv(daysPregnant, 7));
	}

	/** The due date, told or estimated from the week (40 weeks minus the weeks already completed). */
	public LocalDate dueDateFrom(LocalDate day) {
		return dueDate != null ? dueDate : day.plusWeeks(40L - week);
	}
}
