package org.backcare.sessions;

import java.time.Duration;

import org.backcare.sessions.OutcomeRules.Thresholds;

/** The outcome rules with the fact sheet's thresholds for O3 to O5: 2 NPRS points or 30 %, 2 on the PSFS mean, stop at 10, 48 h. */
final class Rules {

	static final Thresholds FACTS = new Thresholds(2, 30, 2.0, 10, Duration.ofHours(48));

	/** Only the share of the baseline can make a responder: the points rule is out of reach. */
	static final Thresholds PERCENT_ONLY = new Thresholds(11, 30, 2.0, 10, Duration.ofHours(48));

	static OutcomeRules.Responder responder(Series series) {
		return OutcomeRules.responder(series.build(), FACTS);
	}

	static OutcomeRules.Review review(Series series, int reassessAfter) {
		var built = series.build();
		return OutcomeRules.review(built, OutcomeRules.responder(built, FACTS), FACTS, reassessAfter);
	}
}
