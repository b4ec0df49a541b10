package org.backcare.careplans;

/** Where the therapist works, or must not. SPINE means the bony spine itself. The names are part of the API. */
public enum BodyArea {

	LOWER_BACK, QUADRATUS_LUMBORUM, GLUTES, HIPS, HAMSTRINGS, SPINE, ABDOMEN, PSOAS, LEGS, MEDIAL_THIGH, SURGICAL_SITE;

	/** The area in words, e.g. Quadratus lumborum. */
	public String label() {
		return PlanWords.of(this);
	}
}
