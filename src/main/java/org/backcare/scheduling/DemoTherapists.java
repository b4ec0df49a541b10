package org.backcare.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.backcare.identity.People;
import org.backcare.therapies.Catalogue;
import org.backcare.therapies.Skill;
import org.backcare.therapies.Technique;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo therapists' profiles, Illinois licences and working hours at the demo location, one course day off,
 * and a set-up buffer before ashiatsu. Only with {@code demo}; each part is created once, so restarts change
 * nothing, except that Leilani's licence is kept expiring next month so the L3 warning always shows.
 */
@Component
@Profile("demo")
class DemoTherapists {

	private static final Logger log = LoggerFactory.getLogger(DemoTherapists.class);

	private static final String AUTHORITY = "Illinois Department of Financial and Professional Regulation";

	private record Demo(String email, Set<Skill> skills, String licence, LocalDate issuedOn, Set<DayOfWeek> weekdays,
			LocalTime starts, LocalTime ends, LocalTime breakStarts) {
	}

	private static final Demo MAYA = new Demo("therapist1@demo.backcare.test",
			Set.of(Skill.DEEP_TISSUE, Skill.TRIGGER_POINT, Skill.MYOFASCIAL_RELEASE), "227.018342", LocalDate.of(2014, 3, 3),
			Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
			LocalTime.of(9, 0), LocalTime.of(17, 0), LocalTime.of(12, 30));

	private static final Demo TOMAS = new Demo("therapist2@demo.backcare.test", Set.of(Skill.PRENATAL, Skill.MYOFASCIAL_RELEASE),
			"227.020917", LocalDate.of(2017, 6, 12), Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
			LocalTime.of(10, 0), LocalTime.of(18, 0), LocalTime.of(14, 0));

	private static final Demo LEILANI = new Demo("therapist3@demo.backcare.test",
			Set.of(Skill.LOMILOMI, Skill.ASHIATSU, Skill.DEEP_TISSUE), "227.031554", LocalDate.of(2021, 9, 20),
			Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(11, 0), LocalTime.of(19, 0), LocalTime.of(15, 0));

	private static final Duration BREAK = Duration.ofMinutes(30);

	private final People people;

	private final Therapists therapists;

	private final Schedules schedules;

	private final Locations locations;

	private final ServiceRules rules;

	private final Catalogue catalogue;

	private final Clock clock;

	DemoTherapists(People people, Therapists therapists, Schedules schedules, Locations locations, ServiceRules rules,
			Catalogue catalogue, Clock clock) {
		this.people = people;
		this.therapists = therapists;
		this.schedules = schedules;
		this.locations = locations;
		this.rules = rules;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(25)
	@Transactional
	void createDemoTherapists() {
		Location riverside = locations.all()
			.stream()
			.filter(location -> location.name().equals(DemoLocations.NAME))
			.findFirst()
			.orElse(null);
		if (riverside == null) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(riverside.zone()));
		for (Demo demo : List.of(MAYA, TOMAS, LEILANI)) {
			people.withEmail(demo.email()).ifPresent(person -> prepare(person.id().value(), demo, riverside, today));
		}
		people.withEmail(MAYA.email()).ifPresent(maya -> courseDayOff(maya.id().value(), riverside, today));
		bufferBeforeAshiatsu();
	}

	private void prepare(long id, Demo demo, Location riverside, LocalDate today) {
		if (therapists.find(id).isEmpty()) {
			therapists.saveProfile(id, people.bioOf(id).orElse(""), demo.skills(), true, null, false);
			log.info("Demo data: created the therapist profile of {}", demo.email());
		}
		// L3 shows on the demo: Leilani's licence expires next month, whenever the demo runs.
		LocalDate expires = demo == LEILANI ? today.plusMonths(1).withDayOfMonth(15) : endOfNextOddYear(today);
		var licence = new Credential(0, id, Credential.CredentialType.LICENCE, "LMT", AUTHORITY, DemoLocations.JURISDICTION,
				demo.licence(), Credential.CredentialStatus.ACTIVE, true, demo.issuedOn(), expires, today, today.plusYears(1));
		var existing = therapists.find(id).orElseThrow().credentials().stream().filter(held -> held.number().equals(demo.licence())).findFirst();
		if (existing.isEmpty()) {
			therapists.addCredential(licence);
		}
		else if (demo == LEILANI && !existing.get().expiresOn().equals(expires)) {
			therapists.changeCredential(new Credential(existing.get().id(), id, licence.type(), licence.title(), licence.issuingAuthority(),
					licence.jurisdiction(), licence.number(), licence.status(), true, licence.issuedOn(), expires,
					existing.get().lastVerifiedOn(), existing.get().insuranceExpiresOn()));
		}
		if (schedules.weeklyHoursOf(id).isEmpty()) {
			schedules.addWeeklyHours(id, riverside.id(), demo.weekdays(), demo.starts(), demo.ends(), demo.breakStarts(),
					demo.breakStarts().plus(BREAK));
		}
	}

	/** Illinois massage licences expire on 31 December of odd years. */
	private static LocalDate endOfNextOddYear(LocalDate today) {
		int year = today.getYear() % 2 == 1 ? today.getYear() : today.getYear() + 1;
		LocalDate end = LocalDate.of(year, 12, 31);
		return end.isAfter(today.plusDays(Credential.WARN_DAYS)) ? end : end.plusYears(2);
	}

	/** Maya is on a course on the Friday after next, all day on the location's clock. */
	private void courseDayOff(long id, Location riverside, LocalDate today) {
		if (!schedules.timeOffOf(id, clock.instant()).isEmpty()) {
			return;
		}
		LocalDate friday = today.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)).plusWeeks(1);
		schedules.addTimeOff(id, friday.atStartOfDay(riverside.zone()).toInstant(), friday.plusDays(1).atStartOfDay(riverside.zone()).toInstant(),
				"Continuing-education course: myofascial release");
	}

	/** Ashiatsu needs the overhead bars and the table set up: 15 minutes before each session, the rest as the practice does. */
	private void bufferBeforeAshiatsu() {
		var own = rules.withOwnRules();
		for (var service : catalogue.activeServices(Technique.ASHIATSU)) {
			long id = service.id().value();
			if (!own.contains(id)) {
				BookingRules defaults = rules.of(id);
				rules.save(id, new BookingRules(Duration.ofMinutes(15), defaults.bufferAfter(), defaults.minimumNotice(),
						defaults.horizonDays(), defaults.cancellationWindow()));
			}
		}
	}
}
