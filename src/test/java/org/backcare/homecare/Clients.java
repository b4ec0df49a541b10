package org.backcare.homecare;

import org.backcare.TestData;
import org.backcare.WebSession;

/** Clients registered through the forms, found again by their account id as other modules know them. */
final class Clients {

	private Clients() {
	}

	/** The account id of a client who registered with {@link TestData#PASSWORD}, as {@code /api/v1/me} tells it. */
	static long idOf(int port, String email) {
		var api = new WebSession(port);
		var me = api.getJson("/api/v1/me", api.token(email, TestData.PASSWORD));
		return me.json().path("id").asLong();
	}
}
