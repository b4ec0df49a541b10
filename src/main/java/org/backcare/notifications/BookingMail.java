package org.backcare.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.backcare.homecare.HomeCareLibrary;
import org.backcare.platform.DurationWords;
import org.backcare.platform.PublicLinks;
import org.backcare.scheduling.BookedSession;
import org.backcare.scheduling.BookedSessions;
import org.backcare.scheduling.Ics;
import org.backcare.scheduling.SessionBooked;
import org.backcare.scheduling.SessionCancelled;
import org.backcare.scheduling.SessionMoved;
import org.backcare.scheduling.SeriesBooked;
import org.backcare.scheduling.SlotOffered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A client's booking emails, each with the session as a calendar file, and the reminder with the preparation
 * checklist, written for later into the outbox. Synchronous like {@link IdentityMail} (ADR 0003): the emails and
 * the reminder commit with the booking, and a cancellation withdraws the reminder in its own transaction, so a
 * reminder is never sent for a session that no longer exists.
 */
@Component
class BookingMail {

	static final String BOOKINGS_PAGE = "/account/bookings";

	private final Outbox outbox;

	private final MailTemplates templates;

	private final HomeCareLibrary library;

	private final BookedSessions sessions;

	private final PublicLinks links;

	private final MailSettings mail;

	private final NotificationSettings settings;

	private final Clock clock;

	BookingMail(Outbox outbox, MailTemplates templates, HomeCareLibrary library, BookedSessions sessions,
			PublicLinks links, MailSettings mail, NotificationSettings settings, Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.library = library;
		this.sessions = sessions;
		this.links = links;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void on(SessionBooked event) {
		BookedSession session = event.session();
		if (session.clientEmail() == null) {
			return; // an account that no longer exists has nobody to write to
		}
		Instant now = clock.instant();
		Map<String, Object> params = details(session);
		boolean reminds = scheduleReminder(session, params, now);
		params.put("checklist", reminds ? null : library.preparationChecklist());
		outbox.add(templates.write("booking-confirmed", session.clientEmail(),
				"Booked: your session on " + SessionTime.start(session.zone(), session.startsAt()), params)
			.attaching(invitation(session, false, now)));
	}

	@EventListener
	void on(SessionCancelled event) {
		BookedSession session = event.session();
		outbox.cancel(reminderKey(session));
		if (session.clientEmail() == null) {
			return;
		}
		Map<String, Object> params = details(session);
		params.put("byPractice", event.byPractice());
		outbox.add(templates.write("booking-cancelled", session.clientEmail(),
				"Cancelled: your session on " + SessionTime.start(session.zone(), session.startsAt()), params)
			.attaching(invitation(session, true, clock.instant())));
	}

	/**
	 * The new time is a new booking with its own calendar event; the old event is cancelled in the same email. A
	 * booking moved in place keeps its UID, so it is not cancelled: that would remove the new time as well.
	 */
	@EventListener
	void on(SessionMoved event) {
		BookedSession from = event.from();
		BookedSession to = event.to();
		Instant now = clock.instant();
		outbox.cancel(reminderKey(from));
		if (to.clientEmail() == null) {
			return;
		}
		Map<String, Object> params = details(to);
		boolean reminds = scheduleReminder(to, params, now);
		params.put("was", SessionTime.of(from.zone(), from.startsAt(), from.endsAt()));
		params.put("checklist", reminds ? null : library.preparationChecklist());
		Message moved = templates.write("booking-moved", to.clientEmail(),
				"Moved: your session is now on " + SessionTime.start(to.zone(), to.startsAt()), params)
			.attaching(invitation(to, false, now));
		outbox.add(from.bookingId() == to.bookingId() ? moved : moved.attaching(invitation(from, true, now)));
	}

	/** A care plan's series: one email with every date and one calendar file, and a reminder before each session. */
	@EventListener
	void on(SeriesBooked event) {
		List<BookedSession> series = event.sessions();
		BookedSession first = series.get(0);
		if (first.clientEmail() == null) {
			return;
		}
		Instant now = clock.instant();
		series.forEach(session -> scheduleReminder(session, details(session), now));
		Map<String, Object> params = details(first);
		params.remove("when");
		params.put("dates", series.stream().map(session -> SessionTime.of(session.zone(), session.startsAt(), session.endsAt())).toList());
		List<Ics.Event> events = series.stream()
			.map(session -> new Ics.Event(session.bookingId(), 0, false, session.zone(), session.startsAt(), session.endsAt(),
					Ics.summaryOf(session), Ics.placeOf(session), Ics.summaryOf(session) + " at " + session.locationName()
							+ ". To cancel or move it: " + links.to(BOOKINGS_PAGE),
					new Ics.Person(session.clientName(), session.clientEmail())))
			.toList();
		String ics = new Ics(links.host(), organizer()).write(Ics.Method.REQUEST, null, events, now);
		outbox.add(templates.write("booking-series", first.clientEmail(),
				"Booked: your plan's " + series.size() + " sessions from " + SessionTime.start(first.zone(), first.startsAt()), params)
			.attaching(Attachment.calendar("sessions.ics", "REQUEST", ics)));
	}

	/** A time freed by a cancellation is held for a client on the waitlist: tell them until when. */
	@EventListener
	void on(SlotOffered event) {
		BookedSession session = event.session();
		if (session.clientEmail() == null) {
			return;
		}
		Map<String, Object> params = details(session);
		params.remove("cancelUntil");
		params.put("heldUntil", SessionTime.start(session.zone(), event.heldUntil()));
		outbox.add(templates.write("slot-offered", session.clientEmail(),
				"A time has opened for you: " + SessionTime.start(session.zone(), session.startsAt()), params));
	}

	/** @return whether a reminder was scheduled: not when the session starts sooner than the lead time */
	private boolean scheduleReminder(BookedSession session, Map<String, Object> details, Instant now) {
		Instant due = session.startsAt().minus(settings.reminderLead());
		if (!due.isAfter(now)) {
			return false;
		}
		Map<String, Object> params = new HashMap<>(details);
		params.put("checklist", library.preparationChecklist());
		outbox.add(templates.write("booking-reminder", session.clientEmail(),
				"Reminder: your session on " + SessionTime.start(session.zone(), session.startsAt()), params)
			.dueAt(due, reminderKey(session)));
		return true;
	}

	private Map<String, Object> details(BookedSession session) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", session.clientName());
		params.put("when", SessionTime.of(session.zone(), session.startsAt(), session.endsAt()));
		params.put("service", session.serviceName());
		params.put("therapist", session.therapistName());
		params.put("location", session.locationName());
		params.put("address", session.locationAddress());
		params.put("link", links.to(BOOKINGS_PAGE));
		// Without a window (an unknown booking) the email leaves the hours out rather than guess them.
		params.put("cancelUntil", sessions.cancellationWindowOf(session.bookingId())
			.filter(window -> !window.isZero())
			.map(DurationWords::of)
			.orElse(null));
		return params;
	}

	private Attachment invitation(BookedSession session, boolean cancelled, Instant now) {
		String description = Ics.summaryOf(session) + " at " + session.locationName() + ". To cancel or move it: "
				+ links.to(BOOKINGS_PAGE);
		String ics = new Ics(links.host(), organizer()).invitation(session, cancelled, description, now);
		return Attachment.calendar(cancelled ? "cancelled-session.ics" : "session.ics", cancelled ? "CANCEL" : "REQUEST",
				ics);
	}

	private Ics.Person organizer() {
		try {
			var from = new InternetAddress(mail.from());
			return new Ics.Person(from.getPersonal() == null ? "BackCare" : from.getPersonal(), from.getAddress());
		}
		catch (AddressException unreadable) {
			throw new IllegalStateException("backcare.mail.from is not an email address: " + mail.from(), unreadable);
		}
	}

	static String reminderKey(BookedSession session) {
		return "booking-" + session.bookingId() + "-reminder";
	}
}
