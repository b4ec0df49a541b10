package org.backcare.content;

import java.time.Instant;

/** A client's testimonial and the consent that came with it. */
record Testimonial(long id, Long accountId, String body, NameShown nameShown, String displayName,
		String consentWording, String consentVersion, Instant consentedAt, TestimonialStatus status,
		Instant submittedAt, Instant decidedAt) {
}
