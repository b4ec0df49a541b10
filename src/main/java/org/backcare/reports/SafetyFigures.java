package org.backcare.reports;

/**
 * Every session held in the period, whatever plan it belonged to, and what clients said afterwards (O5, O6).
 *
 * @param sessions sessions held (booked, not missed, over by the end of the period or now)
 * @param clients the clients who had them
 * @param checkIns check-ins answered after them
 * @param adverse of those, the ones reporting bruising, soreness past the limit, new leg weakness or numbness, or
 *        worse pain
 * @param noShows sessions in the period the client missed without cancelling
 */
record SafetyFigures(int sessions, int clients, int checkIns, int adverse, int noShows, Privacy privacy) {

	/** Adverse check-ins per 100 sessions held, to one decimal; null without sessions. */
	Double adversePer100Sessions() {
		return sessions == 0 ? null : Math.round(1000.0 * adverse / sessions) / 10.0;
	}

	/** No-shows as a share of the sessions that were due (held or missed), in percent to one decimal. */
	Double noShowPercent() {
		int due = sessions + noShows;
		return due == 0 ? null : Math.round(1000.0 * noShows / due) / 10.0;
	}
}
