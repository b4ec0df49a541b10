package org.backcare.scheduling;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;

/** A therapist cannot be in two places at once: the database refused hours that overlap hours they have. */
class OverlappingTimes extends RuntimeException {

	/** PostgreSQL's exclusion_violation. */
	private static final String EXCLUSION_VIOLATION = "23P01";

	OverlappingTimes(Throwable cause) {
		super("The times overlap times the therapist has already", cause);
	}

	/** The exclusion constraint's refusal as this exception; any other failure as it was. */
	static RuntimeException from(DataIntegrityViolationException refused) {
		for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
				return new OverlappingTimes(refused);
			}
		}
		return refused;
	}
}
