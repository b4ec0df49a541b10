package org.backcare.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.backcare.careplans.ApprovedPlans;
import org.backcare.identity.People;
import org.backcare.identity.Role;
import org.backcare.identity.SignedInAccount;
import org.backcare.intake.Intake;
import org.backcare.intake.PracticeAlerted;
import org.backcare.intake.RedFlag;
import org.backcare.intake.RedFlagScreen;
import org.backcare.intake.ScreeningOutcome;
import org.backcare.intake.ScreeningSettings;
import org.backcare.intake.SubmittedConsultation;
import org.backcare.intake.SubmittedConsultations;
import org.backcare.platform.AuditLog;
import org.backcare.platform.FormErrors;
import org.backcare.scheduling.BookedSession;
import org.backcare.scheduling.BookedSessions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's session record, one use case per action, for the page and the API alike. Only the booking's
 * therapist writes it; an admin may read it; anyone else, or a booking not booked (cancelled, held, no-show), is a
 * 404. Every read and write is in the audit log, in the same transaction.
 */
@Service
class SessionRecording {

	/** The record page: the session, the record (null before its first save) and what the therapist needs beside it. */
	record View(BookedSession session, SessionRecord record, boolean own, ApprovedPlans.ApprovedPlan approved,
			NextSessionAdvice.Advice advice, Set<RedFlag> intakeFlags, Rescreen.Result rescreen, boolean psfsDue,
			List<String> baselineActivities, PsfsScores.Psfs psfs, List<Addenda.Addendum> addenda, Map<Long, String> names) {

		RecordContent content() {
			return record == null ? RecordContent.EMPTY : record.content();
		}

		/** The booking's therapist may change an unsigned record. */
		boolean writable() {
			return own && !signed();
		}

		/** The booking's therapist may add addenda to a signed one. */
		boolean canAddAddenda() {
			return own && signed();
		}

		int version() {
			return record == null ? 0 : record.version();
		}

		boolean signed() {
			return record != null && record.signed();
		}

		/** A stopped session records no treatment (O1). */
		boolean stopped() {
			return record != null && record.stopped() != null;
		}
	}

	private final SessionRecords records;

	private final Addenda addenda;

	private final PsfsScores psfs;

	private final BookedSessions sessions;

	private final SubmittedConsultations consultations;

	private final ApprovedPlans plans;

	private final NextSessionAdvice advice;

	private final People people;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SessionsSettings settings;

	private final Rescreen rescreen;

	private final Progress progress;

	SessionRecording(SessionRecords records, Addenda addenda, PsfsScores psfs, BookedSessions sessions,
			SubmittedConsultations consultations, ApprovedPlans plans, NextSessionAdvice advice, People people,
			AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock, SessionsSettings settings,
			ScreeningSettings screening, Progress progress) {
		this.records = records;
		this.addenda = addenda;
		this.psfs = psfs;
		this.sessions = sessions;
		this.consultations = consultations;
		this.plans = plans;
		this.advice = advice;
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.rescreen = new Rescreen(new RedFlagScreen(screening));
		this.progress = progress;
	}

	@Transactional
	View view(SignedInAccount me, long bookingId) {
		boolean own = access(me, bookingId);
		BookedSession session = sessions.withId(bookingId).orElseThrow(RecordRefused::notFound);
		SessionRecord record = records.find(bookingId).orElse(null);
		if (record == null && !own) {
			throw RecordRefused.notFound();
		}
		audit.record(me.id().value(), "session-record.viewed", session.clientId(), SessionRecord.subject(bookingId));
		Intake intake = intake(session.clientId());
		RecordContent content = record == null ? RecordContent.EMPTY : record.content();
		List<SessionRecord> earlier = records.before(session.clientId(), bookingId);
		List<Addenda.Addendum> notes = addenda.of(bookingId);
		List<Long> ids = Stream.concat(Stream.of(record == null ? null : record.signedBy()),
				notes.stream().map(Addenda.Addendum::authorId)).filter(Objects::nonNull).distinct().toList();
		return new View(session, record, own, plans.of(session.clientId()).orElse(null),
				advice.advice(bookingId), intake == null ? Set.of() : intake.redFlags(),
				rescreen.of(intake, content.flags(), content.painBefore(), day(session)),
				earlier.size() % settings.psfsEvery() == 0, baseline(session.clientId(), bookingId),
				psfs.atSession(bookingId).orElse(null), notes, people.namesOf(ids));
	}

	/** The record as JSON readers get it: the same access and audit as the page. */
	@Transactional
	SessionRecord read(SignedInAccount me, long bookingId) {
		access(me, bookingId);
		SessionRecord record = records.find(bookingId).orElseThrow(RecordRefused::notFound);
		audit.record(me.id().value(), "session-record.viewed", record.clientId(), record.subject());
		return record;
	}

	/**
	 * Saves the record over the version the therapist read (0 for a new record). A new red flag that blocks
	 * massage stops the session (O1): the stop is recorded, no treatment may be, and an emergency or same-day
	 * outcome alerts the practice as the intake does.
	 */
	@Transactional
	SessionRecord save(SignedInAccount me, long bookingId, RecordForm form) {
		if (!access(me, bookingId)) {
			throw RecordRefused.notFound();
		}
		FormErrors errors = FormErrors.none();
		RecordForm.Checked checked = form.check(errors);
		if (checked == null) {
			throw RecordRefused.invalid(errors);
		}
		BookedSession session = sessions.withId(bookingId).orElseThrow(RecordRefused::notFound);
		SessionRecord before = records.find(bookingId).orElse(null);
		refuseIfSignedOrStale(before, checked.version());
		RecordContent content = checked.content();
		Rescreen.Result result = rescreen.of(intake(session.clientId()), content.flags(), content.painBefore(), day(session));
		if (result.stops() && content.treated()) {
			throw RecordRefused.invalid(FormErrors.none().field("techniques", "The re-screen stopped this session ("
					+ result.stoppedAs().label() + "), so no treatment can be recorded. Clear the treatment, or untick the flag if it was ticked by mistake."));
		}
		Instant now = clock.instant();
		Instant rescreenedAt = before != null && before.rescreenedAt() != null && before.content().flags().equals(content.flags())
				? before.rescreenedAt() : content.painBefore() != null || !content.flags().isEmpty() ? now : null;
		boolean saved = before == null ? records.create(bookingId, content, result.stoppedAs(), rescreenedAt, now)
				: records.update(bookingId, checked.version(), content, result.stoppedAs(), rescreenedAt, now);
		if (!saved) {
			refuseIfSignedOrStale(records.find(bookingId).orElseThrow(RecordRefused::notFound), -1);
		}
		if (checked.psfs() != null) {
			psfs.save(session.clientId(), bookingId, withBaseline(checked.psfs(), session.clientId(), bookingId), now);
		}
		alert(session, before, result);
		audit.record(me.id().value(), "session-record.saved", session.clientId(), SessionRecord.subject(bookingId));
		// O4, O5: today's pain and any new neurological flag count at once, not only once the note is signed.
		progress.reassess(session.clientId(), now);
		return records.find(bookingId).orElseThrow();
	}

	/** Signs the record as it is (or only at this version, when given): from now on only addenda. */
	@Transactional
	SessionRecord sign(SignedInAccount me, long bookingId, Integer version) {
		if (!access(me, bookingId)) {
			throw RecordRefused.notFound();
		}
		SessionRecord record = records.find(bookingId)
			.orElseThrow(() -> RecordRefused.notReady("There is nothing to sign yet: save the record first."));
		Instant now = clock.instant();
		if (!records.sign(bookingId, version, me.id().value(), now)) {
			refuseIfSignedOrStale(records.find(bookingId).orElseThrow(), -1);
		}
		SessionRecord signed = records.find(bookingId).orElseThrow();
		audit.record(me.id().value(), "session-record.signed", record.clientId(), record.subject());
		progress.reassess(signed.clientId(), now);
		return signed;
	}

	@Transactional
	Addenda.Addendum addAddendum(SignedInAccount me, long bookingId, String text) {
		if (!access(me, bookingId)) {
			throw RecordRefused.notFound();
		}
		SessionRecord record = records.find(bookingId).filter(SessionRecord::signed)
			.orElseThrow(() -> RecordRefused.notReady("Addenda are for signed notes: change the note itself while it is unsigned."));
		String value = text == null ? "" : text.strip();
		if (value.isEmpty() || value.length() > Addenda.LIMIT) {
			throw RecordRefused.invalid(FormErrors.none().field("text", "Write the addendum (1 to " + Addenda.LIMIT + " characters)."));
		}
		Addenda.Addendum added = addenda.add(bookingId, me.id().value(), value, clock.instant());
		audit.record(me.id().value(), "session-record.addendum-added", record.clientId(), record.subject());
		return added;
	}

	/** Whether the person may write the booking's record (true) or only read it (false); a 404 for anyone else. */
	private boolean access(SignedInAccount me, long bookingId) {
		Long therapist = jdbc.sql("select therapist_id from bookings where id = :booking and status = 'BOOKED'")
			.param("booking", bookingId)
			.query(Long.class)
			.optional()
			.orElseThrow(RecordRefused::notFound);
		if (me.is(Role.THERAPIST) && therapist == me.id().value()) {
			return true;
		}
		if (me.is(Role.ADMIN)) {
			return false;
		}
		throw RecordRefused.notFound();
	}

	private static void refuseIfSignedOrStale(SessionRecord record, int version) {
		if (record == null) {
			if (version != 0) {
				throw RecordRefused.stale(0);
			}
			return;
		}
		if (record.signed()) {
			throw RecordRefused.signed();
		}
		if (record.version() != version) {
			throw RecordRefused.stale(record.version());
		}
	}

	private void alert(BookedSession session, SessionRecord before, Rescreen.Result result) {
		ScreeningOutcome outcome = result.stoppedAs();
		boolean urgent = outcome == ScreeningOutcome.EMERGENCY || outcome == ScreeningOutcome.URGENT_SAME_DAY;
		if (urgent && (before == null || before.stopped() != outcome)) {
			events.publishEvent(new PracticeAlerted(session.clientName(), session.clientEmail(), outcome, result.findings()));
		}
	}

	private Intake intake(long clientId) {
		return consultations.latestOf(clientId).map(SubmittedConsultation::intake).orElse(null);
	}

	/** Later PSFS takings rate the baseline's activities again (11.1); the first names them. */
	private PsfsScores.Psfs withBaseline(PsfsScores.Psfs given, long clientId, long bookingId) {
		List<String> baseline = baseline(clientId, bookingId);
		if (baseline.isEmpty()) {
			return given;
		}
		int rated = Math.min(baseline.size(), given.ratings().size());
		return new PsfsScores.Psfs(baseline.subList(0, rated), given.ratings().subList(0, rated));
	}

	/** The baseline's activities, unless this session is where the baseline was taken (it names them). */
	private List<String> baseline(long clientId, long bookingId) {
		return psfs.baseline(clientId)
			.filter(first -> !Objects.equals(first.bookingId(), bookingId))
			.map(PsfsScores.Baseline::activities)
			.orElse(List.of());
	}

	private static LocalDate day(BookedSession session) {
		return session.startsAt().atZone(session.zone()).toLocalDate();
	}
}
