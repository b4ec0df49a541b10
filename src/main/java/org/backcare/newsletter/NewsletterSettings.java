package org.backcare.newsletter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the newsletter behaves; the practice's digest schedule (every N days, at what time) is set by admins and
 * kept in the database.
 *
 * @param confirmWithin how long the link in a confirmation email works
 * @param signUpsPerIpPerHour sign-ups one IP address may send in an hour
 * @param linksPerAddressPerHour confirmation (or already-subscribed) emails one address may be sent in an hour
 * @param queueAhead digests a run keeps written ahead of delivery; pausing a run stops it within this many
 * @param composeBatch digests written per transaction
 */
@ConfigurationProperties("backcare.newsletter")
record NewsletterSettings(@DefaultValue("7d") Duration confirmWithin, @DefaultValue("10") int signUpsPerIpPerHour,
		@DefaultValue("3") int linksPerAddressPerHour, @DefaultValue("500") int queueAhead,
		@DefaultValue("100") int composeBatch) {

	NewsletterSettings {
		if (signUpsPerIpPerHour < 1 || linksPerAddressPerHour < 1 || queueAhead < 1 || composeBatch < 1) {
			throw new IllegalArgumentException("backcare.newsletter limits and batch sizes must be at least 1");
		}
	}
}
