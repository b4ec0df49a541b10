package org.backcare.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A clearance that lifts a screening's block on booking.
 *
 * @param clearedBy who cleared the client, in the therapist's words (e.g. the GP's name and practice)
 * @param clearedOn the day of the clearance (the letter's date)
 * @param note what the clearance says, or null when a letter carries it
 * @param letterName the uploaded letter's file name, or null without a letter
 * @param recordedBy the therapist who recorded it
 */
public record Clearance(long consultationId, String clearedBy, LocalDate clearedOn, String note, String letterName,
		long recordedBy, Instant recordedAt) {
}
