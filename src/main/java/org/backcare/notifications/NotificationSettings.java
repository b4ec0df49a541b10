package org.backcare.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What booking emails say and when.
 *
 * @param reminderLead how long before a session its reminder is sent; a session booked closer to its start than
 *        this gets no reminder, and its confirmation carries the preparation checklist instead
 */
@ConfigurationProperties("backcare.notifications")
record NotificationSettings(@DefaultValue("24h") Duration reminderLead) {

	NotificationSettings {
		if (reminderLead.isNegative() || reminderLead.isZero()) {
			throw new IllegalArgumentException("backcare.notifications.reminder-lead must be longer than zero");
		}
	}
}
