package org.backcare.careplans;

/** The active part that always comes with massage (fact sheet 4.11). */
public enum ActiveKind {

	EXERCISE, STAY_ACTIVE
}
