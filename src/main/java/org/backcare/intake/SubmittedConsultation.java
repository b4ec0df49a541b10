package org.backcare.intake;

import java.time.Instant;

/**
 * A consultation as its client submitted it, for the care plan and the therapists.
 *
 * @param clearance the clearance that lifts a blocking screening, or null
 */
public record SubmittedConsultation(long id, long clientId, Instant submittedAt, Intake intake, ScreeningResult screening,
		Clearance clearance) {

	/** Whether massage may be booked: the screening lets the client book, or a therapist recorded a clearance. */
	public boolean allowsBooking() {
		return screening.allowsBooking() || clearance != null;
	}
}
