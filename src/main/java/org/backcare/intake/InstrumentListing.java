package org.backcare.intake;

import java.time.Instant;

/**
 * An instrument as the practice has it: built in (never loaded, so no time or person) or loaded from a file.
 *
 * @param loadedAt when it was loaded, null when built in
 * @param loadedBy who loaded it (an admin's sign-in name or "instruments-dir"), null when built in
 */
public record InstrumentListing(Instrument instrument, Instant loadedAt, String loadedBy) {

	public boolean builtIn() {
		return loadedAt == null;
	}
}
