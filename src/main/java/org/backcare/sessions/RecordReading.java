package org.backcare.sessions;

import java.util.List;

import org.backcare.identity.People;
import org.springframework.stereotype.Component;

/** A record with its PSFS and addenda, as the API answers it. */
@Component
class RecordReading {

	private final PsfsScores psfs;

	private final Addenda addenda;

	private final People people;

	RecordReading(PsfsScores psfs, Addenda addenda, People people) {
		this.psfs = psfs;
		this.addenda = addenda;
		this.people = people;
	}

	RecordResponse response(SessionRecord record) {
		List<Addenda.Addendum> notes = addenda.of(record.bookingId());
		return RecordResponse.of(record, psfs.atSession(record.bookingId()).orElse(null), notes,
				people.namesOf(notes.stream().map(Addenda.Addendum::authorId).distinct().toList()));
	}
}
