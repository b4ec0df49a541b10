package org.backcare.newsletter;

/**
 * Where one recipient of a run stands: PENDING (digest not written), QUEUED (in the outbox), SENT or FAILED (what
 * delivery reported), SKIPPED (left or bounced before their digest was written).
 */
enum RecipientStatus {

	PENDING("Waiting"), QUEUED("Queued"), SENT("Sent"), FAILED("Failed"), SKIPPED("Skipped");

	final String label;

	RecipientStatus(String label) {
		this.label = label;
	}
}
