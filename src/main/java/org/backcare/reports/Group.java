package org.backcare.reports;

/**
 * One row of the report: the clients whose plan started in the period and fall in this group.
 *
 * @param clients clients who started a plan
 * @param completed of them, those who reached the plan's planned number of sessions
 * @param measured of them, those with a first and at least one later NPRS or PSFS score
 * @param responders of the measured, those who responded (O3, 11.1)
 * @param counts whether clients and completed are shown
 * @param outcome whether measured, responders and their share are shown
 */
record Group(String label, int clients, int completed, int measured, int responders, Privacy counts, Privacy outcome) {

	/** The share of responders among the measured, in whole percent; null when nobody was measured. */
	Integer responderPercent() {
		return measured == 0 ? null : (int) Math.round(100.0 * responders / measured);
	}

	Group hiding(Privacy counts, Privacy outcome) {
		return new Group(label, clients, completed, measured, responders, counts, outcome);
	}
}
