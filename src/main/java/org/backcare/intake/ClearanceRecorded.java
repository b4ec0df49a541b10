package org.backcare.intake;

/** A therapist recorded a clearance: the consultation no longer blocks booking, so a plan can be proposed. */
public record ClearanceRecorded(long consultationId, long clientId) {
}
