package org.backcare.homecare;

/** How honestly we can say an item helps (clinical fact sheet, §7 and rules A1–A6). */
public enum Evidence {

	/** Back-pain guidelines advise it (e.g. staying active instead of bed rest, A1). */
	GUIDELINE,

	/** Moderate-quality evidence (e.g. heat for acute and subacute pain, A2). */
	MODERATE,

	/** Weak, indirect or little-studied (e.g. self-massage tools, A4; movement breaks, A5). */
	WEAK,

	/** Practical advice for comfort; no claim beyond that (e.g. preparation, water if thirsty, A6). */
	COMFORT
}
