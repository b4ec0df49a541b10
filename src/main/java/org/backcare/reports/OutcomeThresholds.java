package org.backcare.reports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds the report judges by, read from the same keys (and with the same defaults) as the modules that
 * apply them to one client, so a practice that changes one changes both: the responder rule and the soreness limit
 * of {@code backcare.sessions.*}, where acute pain ends ({@code backcare.intake.screening.*}) and where chronic pain
 * begins ({@code backcare.careplans.*}). Those modules keep their settings to themselves, hence the keys.
 */
@ConfigurationProperties("backcare")
record OutcomeThresholds(@DefaultValue Sessions sessions, @DefaultValue Intake intake, @DefaultValue Careplans careplans) {

	/**
	 * @param sorenessLimit O6: soreness lasting longer than this is an adverse check-in (6.1: 36 h)
	 * @param responder O3, 11.1: the minimal important changes
	 */
	record Sessions(@DefaultValue("36h") Duration sorenessLimit, @DefaultValue Responder responder) {
	}

	/**
	 * @param nprsPoints a fall in pain of at least this many points (5.1: 2)
	 * @param nprsPercent or of at least this share of the first score (5.1: 30 %)
	 * @param psfsPoints or a rise of the PSFS mean of at least this (11.1: 2)
	 */
	record Responder(@DefaultValue("2") int nprsPoints, @DefaultValue("30") int nprsPercent,
			@DefaultValue("2") double psfsPoints) {

		/** The PSFS change as people write it: 2, not 2.0. */
		String psfsWords() {
			return java.math.BigDecimal.valueOf(psfsPoints).stripTrailingZeros().toPlainString();
		}
	}

	record Intake(@DefaultValue Screening screening) {
	}

	/** @param acuteBeforeWeeks pain younger than this is acute (1.1: 4 weeks) */
	record Screening(@DefaultValue("4") int acuteBeforeWeeks) {
	}

	/** @param chronicAfterWeeks pain older than this is chronic (1.1: 12 weeks) */
	record Careplans(@DefaultValue("12") int chronicAfterWeeks) {
	}

	/** Fewer clients than this in a group and its figures are hidden. */
	static final int SMALLEST_GROUP = 5;
}
