package org.backcare.scheduling;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.backcare.therapies.Skill;

/** A therapist's profile at the practice, with the training and credentials booking depends on. */
record Therapist(long id, String name, String bio, Set<Skill> skills, boolean active, boolean hasPhoto,
		List<Credential> credentials) {

	Therapist {
		skills = Set.copyOf(skills);
		credentials = List.copyOf(credentials);
	}

	/** L2: the training a service or a client's plan asks for. */
	boolean trainedIn(Collection<Skill> required) {
		return skills.containsAll(required);
	}

	/** L1: may this therapist treat clients in that jurisdiction on that day? */
	boolean licensed(String jurisdiction, LocalDate day) {
		return jurisdiction != null && credentials.stream().anyMatch(credential -> credential.allowsPractice(jurisdiction, day));
	}
}
