package org.backcare.identity;

import java.io.Serial;
import java.io.Serializable;

/** Serializable because the signed-in principal that holds it lives in the PostgreSQL-backed HTTP session. */
public record AccountId(long value) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;
}
