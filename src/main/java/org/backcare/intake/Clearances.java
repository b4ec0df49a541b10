package org.backcare.intake;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clearances table: one per consultation, never changed once recorded (a trigger refuses it). */
@Repository
class Clearances {

	/** A clearance to record; {@code letter} is null when the note says it all. */
	record NewClearance(long consultationId, long clientId, String clearedBy, LocalDate clearedOn, String note,
			Letter letter, long recordedBy) {
	}

	record Letter(String name, String type, byte[] content) {
	}

	private final JdbcClient jdbc;

	Clearances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return false when the consultation has a clearance already (a second therapist was quicker) */
	boolean record(NewClearance clearance) {
		Letter letter = clearance.letter();
		return jdbc.sql("""
				insert into clearances (consultation_id, client_id, cleared_by, cleared_on, note, letter, letter_name, letter_type, recorded_by)
				values (:consultation, :client, :by, :on, :note, :letter, :name, :type, :recorder)
				on conflict (consultation_id) do nothing""")
			.param("consultation", clearance.consultationId())
			.param("client", clearance.clientId())
			.param("by", clearance.clearedBy())
			.param("on", Date.valueOf(clearance.clearedOn()))
			.param("note", clearance.note())
			.param("letter", letter == null ? null : letter.content())
			.param("name", letter == null ? null : letter.name())
			.param("type", letter == null ? null : letter.type())
			.param("recorder", clearance.recordedBy())
			.update() == 1;
	}

	Optional<Clearance> of(long consultationId) {
		return Optional.ofNullable(of(List.of(consultationId)).get(consultationId));
	}

	/** The clearances of these consultations by consultation id, in one statement (a list page asks once). */
	Map<Long, Clearance> of(Collection<Long> consultationIds) {
		Map<Long, Clearance> found = new HashMap<>();
		jdbc.sql("""
				select consultation_id, cleared_by, cleared_on, note, letter_name, recorded_by, recorded_at
				from clearances where consultation_id = any(:consultations)""")
			.param("consultations", consultationIds.toArray(Long[]::new))
			.query(rs -> {
				found.put(rs.getLong("consultation_id"), new Clearance(rs.getLong("consultation_id"), rs.getString("cleared_by"),
						rs.getDate("cleared_on").toLocalDate(), rs.getString("note"), rs.getString("letter_name"),
						rs.getLong("recorded_by"), rs.getTimestamp("recorded_at").toInstant()));
			});
		return found;
	}

	Optional<Letter> letterOf(long consultationId) {
		return jdbc.sql("select letter_name, letter_type, letter from clearances where consultation_id = :consultation and letter is not null")
			.param("consultation", consultationId)
			.query((rs, row) -> new Letter(rs.getString("letter_name"), rs.getString("letter_type"), rs.getBytes("letter")))
			.optional();
	}
}
