package org.backcare.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.backcare.scheduling.BookedSessions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's side: a testimonial once they have had a session with the practice, and withdrawing it. */
@Service
class TestimonialSubmissions {

	private final ClientTestimonials testimonials;

	private final BookedSessions sessions;

	private final Clock clock;

	TestimonialSubmissions(ClientTestimonials testimonials, BookedSessions sessions, Clock clock) {
		this.testimonials = testimonials;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** Whether the client has had a session that is over, so has something to tell. */
	boolean mayShare(long clientId) {
		Instant now = clock.instant();
		return sessions.ofClient(clientId, Instant.EPOCH, now).stream().anyMatch(session -> !session.endsAt().isAfter(now));
	}

	Optional<Testimonial> latestOf(long clientId) {
		return testimonials.latestOf(clientId);
	}

	/** @return the problems to show, none when it was sent */
	@Transactional
	FormErrors submit(SignedInAccount client, TestimonialForm form) {
		var errors = form.problems();
		if (!mayShare(client.id().value())) {
			errors.global("You can share your experience once you have had a session with us.");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		try {
			testimonials.add(client.id().value(), form.words(), form.shown(), form.shown().display(client.displayName()),
					clock.instant());
		}
		catch (DuplicateKeyException already) {
			errors.global("You have a testimonial already. Withdraw it first if you would like to send a new one.");
		}
		return errors;
	}

	/** @return whether there was one to withdraw */
	@Transactional
	boolean withdraw(long clientId) {
		return testimonials.latestOf(clientId)
			.filter(testimonial -> testimonial.status().canWithdraw())
			.map(testimonial -> testimonials.move(testimonial.id(), testimonial.status(), TestimonialStatus.WITHDRAWN,
					clientId, clock.instant()))
			.orElse(false);
	}
}
