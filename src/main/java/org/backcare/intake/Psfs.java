package org.backcare.intake;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The Patient-Specific Functional Scale, built in (fact sheet 11.1): the client names up to three activities their
 * back makes hard and rates each from 0 (cannot do it) to 10 (can do it as before the problem). Score = mean of the
 * ratings; higher is better; minimal important change ≈ 2 on the mean, ≈ 3 on one activity [UNVERIFIED figures].
 * The client writes the activities, so no third party's wording is used.
 */
public final class Psfs {

	public static final String CODE = "PSFS";

	public static final List<String> ACTIVITIES = List.of("activity-1", "activity-2", "activity-3");

	public static final Instrument INSTRUMENT = new Instrument(CODE, "Patient-Specific Functional Scale", 1,
			"The activities are named by the client; the instructions are BackCare's own wording.",
			IntStream.range(0, ACTIVITIES.size()).mapToObj(Psfs::activity).toList(),
			Scoring.of(Scoring.Method.MEAN, Scoring.Direction.HIGHER_IS_BETTER,
					new Scoring.ImportantChange(2.0, null, 3.0)));

	private Psfs() {
	}

	private static Instrument.Item activity(int index) {
		return new Instrument.Item(ACTIVITIES.get(index),
				"Name an activity your back makes hard for you, then rate how well you can do it today.", index == 0,
				true, IntStream.rangeClosed(0, 10).mapToObj(Psfs::option).toList());
	}

	private static Instrument.Option option(int value) {
		return new Instrument.Option(value, switch (value) {
			case 0 -> "0: I cannot do it";
			case 10 -> "10: I can do it as well as before my back problem";
			default -> String.valueOf(value);
		});
	}
}
