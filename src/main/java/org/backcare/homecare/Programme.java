package org.backcare.homecare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A client's home programme as the page shows it.
 *
 * @param week the last seven days, ending today
 * @param daily the items to do and tick off every day
 * @param references what to read before and after sessions (preparation, aftercare): nothing to tick
 */
record Programme(LocalDate today, List<LocalDate> week, Streak streak, List<Entry> daily, List<Entry> references) {

	static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

	boolean isEmpty() {
		return daily.isEmpty() && references.isEmpty();
	}

	/** @param why in the plan's words; {@code null} when the plan gave none */
	record Entry(HomeCareItem item, String why, Set<LocalDate> doneOn) {

		boolean done(LocalDate day) {
			return doneOn.contains(day);
		}
	}
}
