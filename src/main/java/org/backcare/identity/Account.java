package org.backcare.identity;

import java.time.Instant;
import java.util.Set;

/** A row of {@code accounts}: a person who can sign in (once they have a password and a confirmed address). */
record Account(AccountId id, String email, String displayName, String passwordHash, Set<Role> roles,
		String bio, Instant emailConfirmedAt, boolean demo, Instant createdAt, Instant erasedAt) {

	/** Erased at the client's request: a pseudonym without name, address or password (see ClientData). */
	boolean erased() {
		return erasedAt != null;
	}

	boolean confirmed() {
		return emailConfirmedAt != null;
	}

	boolean has(Role role) {
		return roles.contains(role);
	}

	SignedInAccount signedIn() {
		return new SignedInAccount(id, email, displayName, roles, passwordHash, confirmed());
	}
}
