package org.backcare.intake;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The Numeric Pain Rating Scale, 0–10, built in (fact sheet 5.1: a generic scale with no known owner). One item;
 * lower is better; the minimal important change is 2 points or a 30% improvement (Ostelo 2008). Our wording.
 */
public final class Nprs {

	public static final String CODE = "NPRS";

	public static final String ITEM = "pain";

	public static final Instrument INSTRUMENT = new Instrument(CODE, "Numeric Pain Rating Scale", 1,
			"A generic 0–10 scale with no known owner; the wording is BackCare's own.",
			List.of(new Instrument.Item(ITEM, "How strong has your back pain been over the last 24 hours, on average?", true,
					false, IntStream.rangeClosed(0, 10).mapToObj(Nprs::option).toList())),
			Scoring.of(Scoring.Method.SUM, Scoring.Direction.LOWER_IS_BETTER,
					new Scoring.ImportantChange(2.0, 30.0, null)));

	private Nprs() {
	}

	private static Instrument.Option option(int value) {
		return new Instrument.Option(value, switch (value) {
			case 0 -> "0: no pain";
			case 10 -> "10: the worst pain you can imagine";
			default -> String.valueOf(value);
		});
	}
}
