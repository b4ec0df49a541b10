package org.backcare.intake;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An outcome instrument: its items with their answer options and how answers become a score. NPRS and PSFS are
 * built in ({@link Nprs}, {@link Psfs}); licensed instruments are loaded from a practice's own files (fact sheet
 * 11.2, format in docs/instruments.md). Pure: no Spring, no database.
 *
 * @param code short code, e.g. {@code NPRS}
 * @param licence who owns the wording and under which terms the practice uses it
 */
public record Instrument(String code, String name, int version, String licence, List<Item> items, Scoring scoring) {

	public Instrument {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(licence, "licence");
		Objects.requireNonNull(scoring, "scoring");
		items = List.copyOf(items);
		if (items.isEmpty()) {
			throw new IllegalArgumentException("an instrument needs at least one item");
		}
	}

	/**
	 * One question or statement.
	 *
	 * @param required whether it must be answered (PSFS: only the first activity is)
	 * @param clientNamed whether the client writes the item's subject (PSFS: the activity)
	 */
	public record Item(String id, String text, boolean required, boolean clientNamed, List<Option> options) {

		public Item {
			options = List.copyOf(options);
		}

		public Optional<Option> option(int value) {
			return options.stream().filter(option -> option.value() == value).findFirst();
		}

		public int lowest() {
			return options.stream().mapToInt(Option::value).min().orElseThrow();
		}

		public int highest() {
			return options.stream().mapToInt(Option::value).max().orElseThrow();
		}
	}

	/** An answer the client may give, and the value it scores. */
	public record Option(int value, String label) {
	}

	public Optional<Item> item(String id) {
		return items.stream().filter(item -> item.id().equals(id)).findFirst();
	}

	/** Scores the answers (item id → option value); refuses incomplete or impossible answers. */
	public InstrumentScore score(Map<String, Integer> answers) {
		return scoring.score(this, answers);
	}

	/** Whether the client improved, stayed the same or got worse, judged by the minimal important change. */
	public InstrumentChange change(InstrumentScore baseline, InstrumentScore followUp) {
		if (!code.equals(baseline.code()) || !code.equals(followUp.code())) {
			throw new IllegalArgumentException("both scores must be " + code + " scores");
		}
		return scoring.change(baseline.value(), followUp.value());
	}

	/** The lowest score possible: MEAN takes the lowest answer; SUM adds the lowest answers of required items. */
	public double lowestScore() {
		if (scoring.method() == Scoring.Method.MEAN) {
			return items.stream().mapToInt(Item::lowest).min().orElseThrow();
		}
		return items.stream().mapToInt(item -> item.required() ? item.lowest() : Math.min(0, item.lowest())).sum();
	}

	public double highestScore() {
		if (scoring.method() == Scoring.Method.MEAN) {
			return items.stream().mapToInt(Item::highest).max().orElseThrow();
		}
		return items.stream().mapToInt(item -> item.required() ? item.highest() : Math.max(0, item.highest())).sum();
	}
}
