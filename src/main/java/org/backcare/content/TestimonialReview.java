package org.backcare.content;

import java.time.Clock;

import org.backcare.platform.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice approves a testimonial for publication, or turns it down (also after publishing); audited. */
@Service
class TestimonialReview {

	private final ClientTestimonials testimonials;

	private final AuditLog audit;

	private final Clock clock;

	TestimonialReview(ClientTestimonials testimonials, AuditLog audit, Clock clock) {
		this.testimonials = testimonials;
		this.audit = audit;
		this.clock = clock;
	}

	/** @return whether it moved; false when it is not (or no longer) where the decision applies */
	@Transactional
	boolean decide(Testimonial testimonial, boolean approve, long adminId) {
		boolean allowed = approve ? testimonial.status().canApprove() : testimonial.status().canReject();
		TestimonialStatus to = approve ? TestimonialStatus.APPROVED : TestimonialStatus.REJECTED;
		if (!allowed || !testimonials.move(testimonial.id(), testimonial.status(), to, adminId, clock.instant())) {
			return false;
		}
		String action = "testimonial." + to.slug();
		String subject = "testimonial:" + testimonial.id();
		if (testimonial.accountId() == null) {
			audit.record(adminId, action, subject);
		}
		else {
			audit.record(adminId, action, testimonial.accountId(), subject);
		}
		return true;
	}
}
