package org.backcare.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.backcare.identity.People;
import org.backcare.therapies.Catalogue;
import org.backcare.therapies.Service;
import org.backcare.therapies.Skill;
import org.backcare.therapies.Technique;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few weeks of bookings so the demo's calendars look alive: Sam's weekly plan sessions with Maya and Priya's
 * prenatal sessions with Tomás, six and five weeks back (so their progress has something to show) and three ahead,
 * first consultations for the other clients, and ten weekly sessions each, months ago, for six past clients.
 * Written straight to the table (past sessions can't be booked), through the same slot search, so they respect
 * hours, breaks, time off and each other. Only with {@code demo}, and only into an empty bookings table.
 */
@Component
@Profile("demo")
class DemoBookings {

	private static final Logger log = LoggerFactory.getLogger(DemoBookings.class);

	/** Who sees whom for what, from how many weeks back, how often, at about what time of day. */
	private record Visits(String client, String therapist, Technique technique, boolean consultation, int fromWeek, int count,
			int dayOffset, int hour) {
	}

	private static final List<Visits> VISITS = List.of(
			new Visits("client1@demo.backcare.test", "therapist1@demo.backcare.test", Technique.SWEDISH, false, -6, 9, 1, 10),
			new Visits("client2@demo.backcare.test", "therapist2@demo.backcare.test", Technique.PRENATAL, false, -5, 8, 2, 11),
			new Visits("client3@demo.backcare.test", "therapist3@demo.backcare.test", Technique.SWEDISH, true, -1, 1, 0, 12),
			new Visits("client4@demo.backcare.test", "therapist1@demo.backcare.test", Technique.SWEDISH, true, 0, 1, 3, 14),
			new Visits("client5@demo.backcare.test", "therapist2@demo.backcare.test", Technique.SWEDISH, true, 1, 1, 1, 16),
			new Visits("past1@demo.backcare.test", "therapist1@demo.backcare.test", Technique.SWEDISH, false, -20, 10, 0, 9),
			new Visits("past2@demo.backcare.test", "therapist3@demo.backcare.test", Technique.SWEDISH, false, -20, 10, 0, 13),
			new Visits("past3@demo.backcare.test", "therapist1@demo.backcare.test", Technique.SWEDISH, false, -19, 10, 2, 14),
			new Visits("past4@demo.backcare.test", "therapist3@demo.backcare.test", Technique.SWEDISH, false, -19, 10, 2, 10),
			new Visits("past5@demo.backcare.test", "therapist1@demo.backcare.test", Technique.SWEDISH, false, -18, 10, 3, 15),
			new Visits("past6@demo.backcare.test", "therapist3@demo.backcare.test", Technique.SWEDISH, false, -18, 10, 4, 11));

	private final Availability availability;

	private final Bookings bookings;

	private final Catalogue catalogue;

	private final ServiceRules rules;

	private final People people;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoBookings(Availability availability, Bookings bookings, Catalogue catalogue, ServiceRules rules, People people,
			JdbcClient jdbc, Clock clock) {
		this.availability = availability;
		this.bookings = bookings;
		this.catalogue = catalogue;
		this.rules = rules;
		this.people = people;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(50)
	@Transactional
	void createDemoBookings() {
		if (jdbc.sql("select exists (select 1 from bookings)").query(Boolean.class).single()) {
			return;
		}
		int made = 0;
		for (Visits visits : VISITS) {
			made += book(visits);
		}
		if (made > 0) {
			log.info("Demo data: booked {} sessions", made);
		}
	}

	private int book(Visits visits) {
		var client = people.withEmail(visits.client());
		var therapist = people.withEmail(visits.therapist());
		Optional<Service> service = catalogue.activeServices(visits.technique())
			.stream()
			.filter(each -> each.consultation() == visits.consultation() && each.minutes() == 60)
			.findFirst();
		if (client.isEmpty() || therapist.isEmpty() || service.isEmpty()) {
			return 0;
		}
		BookingRules policy = rules.of(service.get().id().value());
		Set<Skill> skills = service.get().requiredSkill() == null ? Set.of() : Set.of(service.get().requiredSkill());
		UUID series = visits.count() > 1 ? UUID.randomUUID() : null;
		LocalDate today = LocalDate.now(clock);
		int made = 0;
		for (int week = 0; week < visits.count(); week++) {
			LocalDate day = today.plusWeeks(visits.fromWeek() + week).plusDays(visits.dayOffset());
			Instant searchFrom = day.minusDays(1).atStartOfDay(clock.getZone()).toInstant();
			List<OpenSlot> open = availability.search(new Availability.Request(service.get(),
					new BookingRules(policy.bufferBefore(), policy.bufferAfter(), Duration.ZERO, 400, policy.cancellationWindow()), skills,
					day, day.plusDays(3), therapist.get().id().value(), searchFrom));
			Optional<OpenSlot> slot = open.stream()
				.min(Comparator.comparing((OpenSlot each) -> each.localStart().toLocalDate().toEpochDay())
					.thenComparing(each -> Math.abs(Duration.between(LocalTime.of(visits.hour(), 0), each.localStart().toLocalTime()).toMinutes())));
			if (slot.isPresent()) {
				OpenSlot chosen = slot.get();
				bookings.add(new Bookings.NewBooking(client.get().id().value(), chosen.therapistId(), chosen.location().id(),
						chosen.roomId(), service.get().id().value(), chosen.start(), chosen.end(), policy.bufferBefore(),
						policy.bufferAfter(), series));
				made++;
			}
		}
		return made;
	}
}
