package org.backcare.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How an instrument's answers become a score, a category and a change. Pure Java.
 *
 * @param importantChange the minimal important change, or null when the instrument is not used to follow change
 * @param subscales named sums over some items (method SUBSCALES only)
 * @param categories checked in order, the first whose thresholds are all met applies (one without thresholds
 * always applies, so put it last)
 */
public record Scoring(Method method, Direction direction, ImportantChange importantChange, List<Subscale> subscales,
		List<Category> categories) {

	/** The score a threshold may name besides its subscales. */
	public static final String TOTAL = "total";

	private static final double TOLERANCE = 1e-9;

	public enum Method {
		/** The sum of the answered items. */
		SUM,
		/** The mean of the answered items. */
		MEAN,
		/** The sum of all items, and a sum per subscale, for categories by subscale thresholds. */
		SUBSCALES
	}

	public enum Direction {
		HIGHER_IS_BETTER, LOWER_IS_BETTER
	}

	/**
	 * The minimal important change. A change counts when it reaches the points, or (improvement only, as in the
	 * consensus of fact sheet 5.1) the percentage of the baseline. Each may be null, not both.
	 *
	 * @param itemPoints the same for one item on its own (PSFS: one activity), or null
	 */
	public record ImportantChange(Double points, Double percent, Double itemPoints) {

		public ImportantChange {
			if (points == null && percent == null) {
				throw new IllegalArgumentException("a minimal important change needs points or a percentage");
			}
		}
	}

	public record Subscale(String code, String name, List<String> items) {

		public Subscale {
			items = List.copyOf(items);
		}
	}

	public record Category(String code, String label, List<Threshold> when) {

		public Category {
			when = List.copyOf(when);
		}
	}

	/** The score ({@link #TOTAL} or a subscale code) is at least / at most these (null: no bound). */
	public record Threshold(String score, Double atLeast, Double atMost) {

		boolean metBy(double value) {
			return (atLeast == null || value >= atLeast - TOLERANCE) && (atMost == null || value <= atMost + TOLERANCE);
		}
	}

	public Scoring {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(direction, "direction");
		subscales = List.copyOf(subscales);
		categories = List.copyOf(categories);
	}

	public static Scoring of(Method method, Direction direction, ImportantChange importantChange) {
		return new Scoring(method, direction, importantChange, List.of(), List.of());
	}

	InstrumentScore score(Instrument instrument, Map<String, Integer> answers) {
		var problems = new ArrayList<String>();
		for (String id : new TreeSet<>(answers.keySet())) {
			if (instrument.item(id).isEmpty()) {
				problems.add(id + ": there is no such item in " + instrument.code());
			}
		}
		var values = new LinkedHashMap<String, Integer>();
		for (Instrument.Item item : instrument.items()) {
			Integer value = answers.get(item.id());
			if (value == null) {
				if (item.required()) {
					problems.add(item.id() + ": not answered");
				}
			}
			else if (item.option(value).isEmpty()) {
				problems.add(item.id() + ": " + value + " is not one of its answers ("
						+ item.options().stream().map(option -> String.valueOf(option.value())).distinct().collect(Collectors.joining(", "))
						+ ")");
			}
			else {
				values.put(item.id(), value);
			}
		}
		if (problems.isEmpty() && values.isEmpty()) {
			problems.add("no item is answered");
		}
		if (!problems.isEmpty()) {
			throw new InstrumentAnswersInvalid(problems);
		}
		double sum = values.values().stream().mapToInt(Integer::intValue).sum();
		double value = method == Method.MEAN ? sum / values.size() : sum;
		var sums = new LinkedHashMap<String, Double>();
		for (Subscale subscale : subscales) {
			sums.put(subscale.code(), subscale.items().stream().mapToDouble(id -> values.getOrDefault(id, 0)).sum());
		}
		for (Category category : categories) {
			if (category.when().stream().allMatch(threshold -> threshold.metBy(scoreNamed(threshold.score(), value, sums)))) {
				return new InstrumentScore(instrument.code(), instrument.version(), value, sums, category.code(),
						category.label());
			}
		}
		return new InstrumentScore(instrument.code(), instrument.version(), value, sums, null, null);
	}

	private static double scoreNamed(String name, double total, Map<String, Double> subscales) {
		return TOTAL.equals(name) ? total : subscales.getOrDefault(name, Double.NaN);
	}

	/** Baseline against follow-up, by {@link ImportantChange#points()} or {@link ImportantChange#percent()}. */
	public InstrumentChange change(double baseline, double followUp) {
		if (importantChange == null) {
			throw new IllegalStateException("this instrument has no minimal important change");
		}
		return compare(baseline, followUp, importantChange.points(), importantChange.percent());
	}

	/** One item on its own (PSFS: one activity), by {@link ImportantChange#itemPoints()}. */
	public InstrumentChange itemChange(int baseline, int followUp) {
		if (importantChange == null || importantChange.itemPoints() == null) {
			throw new IllegalStateException("this instrument has no minimal important change for a single item");
		}
		return compare(baseline, followUp, importantChange.itemPoints(), null);
	}

	private InstrumentChange compare(double baseline, double followUp, Double points, Double percent) {
		double better = direction == Direction.HIGHER_IS_BETTER ? followUp - baseline : baseline - followUp;
		if (better > TOLERANCE && (reaches(better, points)
				|| (percent != null && baseline != 0 && better / Math.abs(baseline) * 100 >= percent - TOLERANCE))) {
			return InstrumentChange.IMPROVED;
		}
		if (better < -TOLERANCE && reaches(-better, points)) {
			return InstrumentChange.WORSE;
		}
		return InstrumentChange.UNCHANGED;
	}

	private static boolean reaches(double change, Double points) {
		return points != null && change >= points - TOLERANCE;
	}
}
