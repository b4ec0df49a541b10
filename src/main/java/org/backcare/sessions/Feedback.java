package org.backcare.sessions;

import org.backcare.therapies.Technique;

/**
 * What the client said about one technique during the session. The component names are the JSON of the
 * session_records.feedback column and of the API.
 *
 * @param painDuring the technique hurt while it was applied
 * @param radiating it brought on pain or tingling down a leg
 */
record Feedback(Technique technique, Pressure pressure, boolean painDuring, boolean radiating) {

	enum Pressure {
		COMFORTABLE, TOO_MUCH
	}

	boolean pressureTooMuch() {
		return pressure == Pressure.TOO_MUCH;
	}

	/** M5: a technique that reproduces leg symptoms is stopped, now and at the next sessions. */
	boolean stopTechnique() {
		return radiating;
	}
}
