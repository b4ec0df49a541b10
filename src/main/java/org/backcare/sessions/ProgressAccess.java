package org.backcare.sessions;

import org.backcare.identity.People;
import org.backcare.identity.Role;
import org.backcare.identity.SignedInAccount;
import org.backcare.scheduling.CareTeam;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may open a client's progress: the client, a therapist who treats them, an admin. Anyone else, and any id that
 * is not a client's, gets the same 404, so a stranger learns nothing about who is a client.
 */
@Component
class ProgressAccess {

	private final People people;

	private final CareTeam careTeam;

	ProgressAccess(People people, CareTeam careTeam) {
		this.people = people;
		this.careTeam = careTeam;
	}

	/** The signed-in client's own id; 404 for an account that is not a client's. */
	long own(SignedInAccount me) {
		long id = me.id().value();
		return people.client(id).map(client -> id).orElseThrow(ProgressAccess::notFound);
	}

	/** The client's id when this therapist treats them or an admin asks. */
	long ofClient(SignedInAccount me, long clientId) {
		boolean allowed = people.client(clientId).isPresent() && (me.is(Role.ADMIN)
				|| me.is(Role.THERAPIST) && careTeam.treats(me.id().value(), clientId));
		if (!allowed) {
			throw notFound();
		}
		return clientId;
	}

	/** Whether this person may answer a flagged plan: only a therapist who treats the client. */
	boolean treats(SignedInAccount me, long clientId) {
		return me.is(Role.THERAPIST) && careTeam.treats(me.id().value(), clientId);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
