package org.backcare.therapies;

/**
 * How the client lies or sits during a session (rule M6 rules some out in pregnancy: left side-lying is the
 * position of choice). The names are part of the API (care-plan preview).
 */
public enum Position {

	PRONE("Face down"), SUPINE("On your back"), SIDE_LYING_LEFT("On your left side"),
	SIDE_LYING_RIGHT("On your right side"), SEMI_RECLINED("Semi-reclined (propped up)"), SEATED("Seated");

	private final String label;

	Position(String label) {
		this.label = label;
	}

	/** The position in plain words, for clients. */
	public String label() {
		return label;
	}
}
