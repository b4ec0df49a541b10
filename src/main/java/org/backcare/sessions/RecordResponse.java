package org.backcare.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backcare.intake.RedFlag;
import org.backcare.intake.ScreeningOutcome;
import org.backcare.therapies.Position;
import org.backcare.therapies.Technique;

/**
 * A session record as the API tells it.
 *
 * @param stopped the screening outcome that stopped the session at the re-screen (O1), or null
 * @param stoppedTechniques techniques that reproduced leg symptoms and are stopped (M5)
 * @param psfs the PSFS taken at this session, or null
 */
record RecordResponse(long bookingId, long clientId, long therapistId, int version, Integer painBefore, Integer painAfter,
		List<RedFlag> flags, Instant rescreenedAt, ScreeningOutcome stopped, List<Technique> techniques, Integer pressure,
		List<Position> positions, List<BodyRegion> areas, List<Feedback> feedback, List<Technique> stoppedTechniques,
		String subjective, String objective, String assessment, String plan, PsfsScores.Psfs psfs, Instant createdAt,
		Instant updatedAt, Instant signedAt, Long signedBy, List<AddendumResponse> addenda) {

	record AddendumResponse(long id, long author, String authorName, String text, Instant createdAt) {
	}

	static RecordResponse of(SessionRecord record, PsfsScores.Psfs psfs, List<Addenda.Addendum> addenda,
			Map<Long, String> names) {
		RecordContent content = record.content();
		return new RecordResponse(record.bookingId(), record.clientId(), record.therapistId(), record.version(),
				content.painBefore(), content.painAfter(), content.flags().stream().sorted().toList(), record.rescreenedAt(),
				record.stopped(), content.techniques(), content.pressure(), content.positions(),
				content.areas().stream().sorted().toList(), content.feedback(), content.stoppedTechniques(),
				content.subjective(), content.objective(), content.assessment(), content.plan(), psfs, record.createdAt(),
				record.updatedAt(), record.signedAt(), record.signedBy(),
				addenda.stream()
					.map(note -> new AddendumResponse(note.id(), note.authorId(), names.get(note.authorId()), note.text(),
							note.createdAt()))
					.toList());
	}
}
