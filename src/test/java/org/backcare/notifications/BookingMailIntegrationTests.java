package org.backcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.TestSessions;
import org.backcare.Together;
import org.backcare.homecare.HomeCareLibrary;
import org.backcare.scheduling.BookedSession;
import org.backcare.scheduling.BookedSessions;
import org.backcare.scheduling.SessionBooked;
import org.backcare.scheduling.SessionCancelled;
import org.backcare.scheduling.SessionMoved;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking emails as the client receives them over SMTP, and the reminder's life in the outbox. The booking core
 * lands separately, so these tests insert bookings and publish its events themselves, each in a transaction as
 * the booking actions will.
 */
@BackCareTest
class BookingMailIntegrationTests {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	// The Sunday the clocks in Chicago go forward: 10:00 that day is CDT, five hours behind UTC.
	private static final Instant SPRING_FORWARD_TEN = LocalDateTime.of(2027, 3, 14, 10, 0).atZone(CHICAGO).toInstant();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	BookedSessions sessions;

	@Autowired
	Outbox outbox;

	@Autowired
	MailDelivery delivery;

	@Autowired
	HomeCareLibrary library;

	private TestSessions rows;

	private String email;

	private long client;

	private long therapist;

	private TestSessions.Place place;

	private long service;

	@BeforeEach
	void practice() {
		rows = new TestSessions(jdbc);
		email = TestData.email("booked");
		client = rows.client("Sam Client", email);
		therapist = rows.therapist("Maya Okafor");
		place = rows.place(CHICAGO);
		service = rows.service("Deep tissue massage, 60 minutes", 60);
	}

	@Test
	void theConfirmationGivesTheTimeOnTheLocationsClockWithItsZoneAndAttachesTheSessionAsACalendarRequest() throws Exception {
		BookedSession session = booked(SPRING_FORWARD_TEN);

		MimeMessage confirmation = TestMail.awaitWithSubject(email, "Booked:").get(0);

		assertThat(TestMail.subject(confirmation)).isEqualTo("Booked: your session on Sunday 14 March 2027, 10:00 CDT");
		assertThat(TestMail.text(confirmation)).contains("Sunday 14 March 2027, 10:00–11:00 (America/Chicago, CDT)", "Maya Okafor",
				"Deep tissue massage, 60 minutes", "418 Riverside Avenue", "/account/bookings",
				"up to 24 hours before the session starts");
		assertThat(TestMail.html(confirmation)).contains("Sunday 14 March 2027, 10:00–11:00 (America/Chicago, CDT)");
		BodyPart ics = calendarPart(confirmation, "session.ics");
		assertThat(ics.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
		Calendar calendar = parse(ics);
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(SPRING_FORWARD_TEN)
			.isEqualTo(Instant.parse("2027-03-14T15:00:00Z"));
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).startsWith("booking-" + session.bookingId() + "@");
		// A reminder will carry the checklist, so the confirmation does not.
		assertThat(TestMail.text(confirmation)).doesNotContain(library.preparationChecklist().title().toUpperCase());
	}

	@Test
	void theReminderIsInTheOutboxAsSoonAsTheBookingCommitsDueTheLeadTimeBeforeTheSession() {
		BookedSession session = booked(SPRING_FORWARD_TEN);

		Outbox.Entry reminder = reminder(session);
		assertThat(reminder.status()).isEqualTo(Outbox.Status.PENDING);
		assertThat(reminder.scheduled()).isTrue();
		assertThat(reminder.nextAttemptAt()).isEqualTo(SPRING_FORWARD_TEN.minus(Duration.ofHours(24)));
		assertThat(reminder.subject()).isEqualTo("Reminder: your session on Sunday 14 March 2027, 10:00 CDT");
		var checklist = library.preparationChecklist();
		assertThat(reminder.text()).contains("- " + checklist.steps().get(0) + "\n- " + checklist.steps().get(1) + "\n",
				"Tell your therapist:\n- " + checklist.cautions().get(0), checklist.notFor().get(0)).doesNotContain("\n\n\n");
	}

	@Test
	void aDueReminderIsSentExactlyOnceWhileTwoDeliveryJobsRunAtTheSameTime() throws Exception {
		BookedSession session = booked(SPRING_FORWARD_TEN);
		TestMail.awaitWithSubject(email, "Booked:");
		long id = reminder(session).id();

		jdbc.sql("update outbox_messages set next_attempt_at = now() where id = ?").param(id).update();
		List<Callable<Void>> jobs = new ArrayList<>();
		for (int job = 0; job < 2; job++) {
			jobs.add(() -> {
				delivery.deliverDue();
				return null;
			});
		}
		Together.run(jobs);

		MimeMessage sent = TestMail.awaitWithSubject(email, "Reminder:").get(0);
		Thread.sleep(1000); // room for a second copy to arrive
		assertThat(TestMail.awaitWithSubject(email, "Reminder:")).hasSize(1);
		assertThat(TestMail.text(sent)).contains("Sunday 14 March 2027, 10:00–11:00 (America/Chicago, CDT)",
				library.preparationChecklist().steps().get(0));
		var entry = outbox.withId(id).orElseThrow();
		assertThat(entry.status()).isEqualTo(Outbox.Status.SENT);
		assertThat(entry.attempts()).isEqualTo(1);
	}

	@Test
	void aCancellationWithdrawsTheReminderSoItIsNeverSentAndTellsTheClientWithACalendarCancel() throws Exception {
		BookedSession session = booked(SPRING_FORWARD_TEN);
		long reminder = reminder(session).id();

		transactions.executeWithoutResult(status -> {
			rows.cancel(session.bookingId());
			events.publishEvent(new SessionCancelled(session, false));
		});
		// Time passes: the hour the reminder was due comes, and the delivery job runs.
		jdbc.sql("update outbox_messages set next_attempt_at = now() - interval '1 minute' where id = ?").param(reminder).update();
		delivery.deliverDue();

		MimeMessage notice = TestMail.awaitWithSubject(email, "Cancelled:").get(0);
		assertThat(TestMail.text(notice)).contains("As you asked, this session is cancelled",
				"Sunday 14 March 2027, 10:00–11:00 (America/Chicago, CDT)");
		BodyPart ics = calendarPart(notice, "cancelled-session.ics");
		assertThat(ics.getContentType()).contains("method=CANCEL");
		Calendar calendar = parse(ics);
		VEvent cancelled = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(cancelled.getProperty(Property.UID).orElseThrow().getValue()).startsWith("booking-" + session.bookingId() + "@");
		assertThat(outbox.withId(reminder).orElseThrow().status()).isEqualTo(Outbox.Status.CANCELLED);
		Thread.sleep(1000);
		assertThat(TestMail.messagesTo(email)).noneMatch(message -> TestMail.subject(message).startsWith("Reminder:"));
	}

	@Test
	void aMoveSendsOneEmailWithTheNewTimeAndBothCalendarFilesAndMovesTheReminder() throws Exception {
		BookedSession before = booked(SPRING_FORWARD_TEN);
		long oldReminder = reminder(before).id();
		Instant later = SPRING_FORWARD_TEN.plus(Duration.ofDays(2)).plus(Duration.ofHours(4));

		BookedSession after = transactions.execute(status -> {
			rows.cancel(before.bookingId());
			long moved = rows.book(client, therapist, place, service, later, Duration.ofHours(1));
			BookedSession to = sessions.withId(moved).orElseThrow();
			events.publishEvent(new SessionMoved(before, to));
			return to;
		});

		MimeMessage moved = TestMail.awaitWithSubject(email, "Moved:").get(0);
		assertThat(TestMail.subject(moved)).isEqualTo("Moved: your session is now on Tuesday 16 March 2027, 14:00 CDT");
		assertThat(TestMail.text(moved)).contains("Tuesday 16 March 2027, 14:00–15:00 (America/Chicago, CDT)",
				"It was Sunday 14 March 2027, 10:00–11:00 (America/Chicago, CDT)");
		Calendar added = parse(calendarPart(moved, "session.ics"));
		Calendar removed = parse(calendarPart(moved, "cancelled-session.ics"));
		assertThat(added.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		assertThat(Instant.from(added.<VEvent>getComponents(Component.VEVENT).get(0).getDateTimeStart().getDate())).isEqualTo(later);
		assertThat(removed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(removed.<VEvent>getComponents(Component.VEVENT).get(0).getProperty(Property.UID).orElseThrow().getValue())
			.startsWith("booking-" + before.bookingId() + "@");
		assertThat(outbox.withId(oldReminder).orElseThrow().status()).isEqualTo(Outbox.Status.CANCELLED);
		assertThat(reminder(after).nextAttemptAt()).isEqualTo(later.minus(Duration.ofHours(24)));
		assertThat(TestMail.messagesTo(email)).filteredOn(message -> TestMail.subject(message).startsWith("Moved:")).hasSize(1);
	}

	@Test
	void aSessionSoonerThanTheReminderLeadGetsNoReminderAndTheChecklistComesWithTheConfirmation() {
		Instant soon = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.HOURS);
		BookedSession session = booked(soon);

		MimeMessage confirmation = TestMail.awaitWithSubject(email, "Booked:").get(0);

		assertThat(TestMail.text(confirmation)).contains(library.preparationChecklist().title().toUpperCase(),
				library.preparationChecklist().steps().get(0), library.preparationChecklist().cautions().get(0));
		assertThat(reminderRows(session)).isZero();
	}

	@Test
	void aBookingThatRollsBackLeavesNoEmailAndNoReminder() {
		Instant start = SPRING_FORWARD_TEN.plus(Duration.ofDays(7));
		long booking = transactions.execute(status -> {
			long id = rows.book(client, therapist, place, service, start, Duration.ofHours(1));
			events.publishEvent(new SessionBooked(sessions.withId(id).orElseThrow()));
			status.setRollbackOnly();
			return id;
		});

		assertThat(outbox.addressedTo(email, 10)).isEmpty();
		assertThat(jdbc.sql("select count(*) from outbox_messages where cancel_key = ?")
			.param("booking-" + booking + "-reminder")
			.query(Integer.class)
			.single()).isZero();
	}

	private BookedSession booked(Instant start) {
		return transactions.execute(status -> {
			long id = rows.book(client, therapist, place, service, start, Duration.ofHours(1));
			BookedSession session = sessions.withId(id).orElseThrow();
			events.publishEvent(new SessionBooked(session));
			return session;
		});
	}

	private Outbox.Entry reminder(BookedSession session) {
		long id = jdbc.sql("select id from outbox_messages where cancel_key = ?")
			.param(BookingMail.reminderKey(session))
			.query(Long.class)
			.single();
		return outbox.withId(id).orElseThrow();
	}

	private int reminderRows(BookedSession session) {
		return jdbc.sql("select count(*) from outbox_messages where cancel_key = ?")
			.param(BookingMail.reminderKey(session))
			.query(Integer.class)
			.single();
	}

	static BodyPart calendarPart(MimeMessage message, String filename) throws MessagingException, IOException {
		var multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (filename.equals(part.getFileName())) {
				assertThat(part.isMimeType("text/calendar")).as(part.getContentType()).isTrue();
				return part;
			}
		}
		throw new AssertionError("No attachment " + filename);
	}

	static Calendar parse(BodyPart part) throws Exception {
		Object content = part.getContent();
		String text;
		if (content instanceof String string) {
			text = string;
		}
		else {
			var bytes = new ByteArrayOutputStream();
			((InputStream) content).transferTo(bytes);
			text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
		}
		return new CalendarBuilder().build(new StringReader(text));
	}
}
