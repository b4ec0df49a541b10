package org.backcare.intake;

/** A follow-up score compared with the baseline, by the instrument's minimal important change. */
public enum InstrumentChange {
	IMPROVED, UNCHANGED, WORSE
}
