package org.backcare.homecare;

/** What sort of self-care an item is; the library page groups items by it, in this order. */
public enum HomeCareKind {

	MOVEMENT, HEAT, STRETCH, SELF_MASSAGE, PREPARATION, AFTERCARE;

	/** The fragment that links to this kind's section of the library page, e.g. {@code self-massage}. */
	public String anchor() {
		return name().toLowerCase().replace('_', '-');
	}

	/** Whether a home programme asks for it every day; preparation and aftercare are read around sessions. */
	boolean daily() {
		return this != PREPARATION && this != AFTERCARE;
	}
}
