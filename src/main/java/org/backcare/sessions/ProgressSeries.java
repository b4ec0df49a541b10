package org.backcare.sessions;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A client's measurements over their plan, oldest first, as the outcome rules read them (5.1, 11.1, O3 to O5).
 *
 * @param intakePain pain at the consultation, the baseline until a first pre-session NPRS exists, or null
 * @param pain pre-session NPRS and the pain reported at check-ins
 * @param psfs PSFS scores; the first is the baseline
 * @param sessions sessions held (not stopped at the re-screen)
 * @param reportedWorse what the client reported that means they got worse (O5): new leg weakness or numbness, pain
 *        getting worse at a check-in, a neurological red flag at a re-screen
 * @param lastReview the therapist's last review of the plan's progress, or null
 */
record ProgressSeries(Integer intakePain, List<PainScore> pain, List<PsfsScore> psfs, int sessions,
		List<Report> reportedWorse, LastReview lastReview) {

	ProgressSeries {
		pain = pain.stream().sorted(Comparator.comparing(PainScore::at)).toList();
		psfs = psfs.stream().sorted(Comparator.comparing(PsfsScore::at)).toList();
		reportedWorse = List.copyOf(reportedWorse);
	}

	/** @param what in words, e.g. new weakness in a leg */
	record Report(Instant at, String what) {
	}

	enum Source {
		SESSION, CHECK_IN
	}

	/** An NPRS 0-10: before a session (its booking) or at the check-in after one. */
	record PainScore(Instant at, int value, long bookingId, Source source) {
	}

	record PsfsScore(Instant at, List<Integer> ratings, List<String> activities) {

		PsfsScore {
			ratings = List.copyOf(ratings);
			activities = List.copyOf(activities);
		}

		double mean() {
			return ratings.stream().mapToInt(Integer::intValue).average().orElse(0);
		}
	}

	/** @param sessions how many sessions had been held when the therapist reviewed */
	record LastReview(Instant at, int sessions) {
	}

	/** The first pre-session NPRS, else the consultation's pain; null when neither exists. */
	Integer baseline() {
		return firstSession().map(PainScore::value).orElse(intakePain);
	}

	/** The latest pain score other than the baseline itself. */
	Optional<PainScore> latestPain() {
		Optional<PainScore> first = firstSession();
		return pain.stream().filter(score -> first.isEmpty() || score != first.get()).reduce((a, b) -> b);
	}

	private Optional<PainScore> firstSession() {
		return pain.stream().filter(score -> score.source() == Source.SESSION).findFirst();
	}
}
