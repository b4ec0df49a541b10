package org.backcare.content;

import java.util.Locale;

/**
 * Where a client's testimonial stands: only an approved one is published. The practice approves or rejects one
 * that waits, and may take a published one down again (rejected); the client may withdraw theirs while it waits
 * or is published.
 */
enum TestimonialStatus {

	PENDING("Awaiting approval"), APPROVED("Published"), REJECTED("Not published"), WITHDRAWN("Withdrawn");

	final String label;

	TestimonialStatus(String label) {
		this.label = label;
	}

	boolean canApprove() {
		return this == PENDING;
	}

	boolean canReject() {
		return this == PENDING || this == APPROVED;
	}

	boolean canWithdraw() {
		return this == PENDING || this == APPROVED;
	}

	/** Whether the client has one in play, so cannot send another until it is withdrawn or turned down. */
	boolean inPlay() {
		return this == PENDING || this == APPROVED;
	}

	String slug() {
		return name().toLowerCase(Locale.ROOT);
	}
}
