package org.backcare.intake;

/** The pressure a client prefers; the plan may allow less. */
public enum PressurePreference {

	LIGHT, MEDIUM, FIRM
}
