package org.backcare.intake;

import java.util.List;

/** Answers that cannot be scored: an item missing, an unknown item, or a value that is not one of its options. */
public class InstrumentAnswersInvalid extends IllegalArgumentException {

	private final List<String> problems;

	public InstrumentAnswersInvalid(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
