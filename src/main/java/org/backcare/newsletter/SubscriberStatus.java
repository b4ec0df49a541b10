package org.backcare.newsletter;

/** Only a confirmed subscriber gets mail. */
enum SubscriberStatus {

	PENDING("Pending"), CONFIRMED("Confirmed"), UNSUBSCRIBED("Unsubscribed"), BOUNCED("Bounced");

	final String label;

	SubscriberStatus(String label) {
		this.label = label;
	}
}
