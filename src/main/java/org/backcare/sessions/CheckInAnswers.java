package org.backcare.sessions;

import java.time.Duration;

/**
 * What a client answered a day or two after a session (6.1 to 6.4).
 *
 * @param soreness 0 (none) to 10
 * @param sorenessHours how long the soreness has lasted, or lasted, in hours
 * @param anythingNew anything else the client noticed, in their words, or null
 * @param painToday back pain today, 0-10 (NPRS)
 */
record CheckInAnswers(int soreness, int sorenessHours, boolean bruising, boolean headache, boolean fatigue,
		boolean legWeakness, boolean numbness, boolean painWorse, String anythingNew, int painToday) {

	/** O6: soreness past the limit, or bruising, means one level lighter next time. */
	boolean tooSore(Duration sorenessLimit) {
		return bruising || (soreness > 0 && Duration.ofHours(sorenessHours).compareTo(sorenessLimit) > 0);
	}
}
