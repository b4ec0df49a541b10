package org.backcare.intake;

/** Recognisable signs of an exaggerated lumbar arch. The names are part of the API. */
public enum LordosisSign {

	SWAYBACK, PROMINENT_BUTTOCKS, TIGHT_HAMSTRINGS, WEAK_ABDOMINALS, DIFFICULTY_STANDING_STRAIGHT, FATIGUE
}
