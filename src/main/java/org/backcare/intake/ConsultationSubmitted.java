package org.backcare.intake;

/** A client submitted a consultation; its screening decides whether a plan can be proposed. */
public record ConsultationSubmitted(long consultationId, long clientId, ScreeningOutcome outcome) {
}
