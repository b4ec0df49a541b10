package org.backcare.intake;

import java.util.List;

/** An instrument definition that was not loaded, with every problem found (each prefixed by its JSON path). */
public class InstrumentRejected extends RuntimeException {

	private final List<String> problems;

	public InstrumentRejected(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
