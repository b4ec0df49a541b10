package org.backcare.sessions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param checkInAfter how long after a session ends its check-in email goes out (24-48 h, when soreness peaks: 6.3)
 * @param checkInValidFor how long the check-in link works
 * @param sorenessLimit soreness lasting longer than this lowers the next session's pressure one level (O6 ⚙)
 * @param unsignedAfter an unsigned note older than this is listed for its therapist
 * @param responder the minimal important changes that make a responder (O3, 11.1)
 * @param psfsEvery the PSFS is taken at the first session and then every this many sessions (11.1)
 * @param stopAfterSessions with no response by this session, the plan is proposed to stop (O4)
 */
@ConfigurationProperties("backcare.sessions")
record SessionsSettings(@DefaultValue("24h") Duration checkInAfter, @DefaultValue("7d") Duration checkInValidFor,
		@DefaultValue("36h") Duration sorenessLimit, @DefaultValue("24h") Duration unsignedAfter,
		@DefaultValue Responder responder, @DefaultValue("4") int psfsEvery, @DefaultValue("10") int stopAfterSessions) {

	/**
	 * @param nprsPoints a fall in pain of at least this many points (5.1: 2)
	 * @param nprsPercent or of at least this share of the baseline (5.1: 30 %)
	 * @param psfsPoints a rise of the PSFS mean of at least this (11.1: 2)
	 */
	record Responder(@DefaultValue("2") int nprsPoints, @DefaultValue("30") int nprsPercent,
			@DefaultValue("2") double psfsPoints) {
	}
}
