package org.backcare.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.backcare.platform.DurationWords;
import org.backcare.therapies.Catalogue;
import org.backcare.therapies.Service;
import org.backcare.therapies.ServiceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, cancelling and moving sessions: the one place the HTML pages and the API go through. Availability is
 * computed to choose a therapist and a room and to explain refusals, but only the INSERT decides: two clients
 * racing for a slot both pass every check here, and the database lets exactly one of them in.
 */
@Component
class Scheduling {

	/** What a client asks to book. {@code therapistId} and {@code locationId} are null for any. */
	record BookingRequest(long clientId, long serviceId, Instant start, Long therapistId, Long locationId) {

		BookingRequest(long clientId, long serviceId, Instant start, Long therapistId) {
			this(clientId, serviceId, start, therapistId, null);
		}
	}

	private static final int ALTERNATIVES = 3;

	private final Catalogue catalogue;

	private final Eligibility eligibility;

	private final Availability availability;

	private final ServiceRules rules;

	private final Bookings bookings;

	private final Locations locations;

	private final SchedulingSettings settings;

	private final Waitlist waitlist;

	private final Holds holds;

	private final BookedSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Scheduling(Catalogue catalogue, Eligibility eligibility, Availability availability, ServiceRules rules, Bookings bookings,
			Locations locations, SchedulingSettings settings, Waitlist waitlist, Holds holds,
			BookedSessions sessions, ApplicationEventPublisher events, Clock clock) {
		this.catalogue = catalogue;
		this.eligibility = eligibility;
		this.availability = availability;
		this.rules = rules;
		this.bookings = bookings;
		this.locations = locations;
		this.settings = settings;
		this.waitlist = waitlist;
		this.holds = holds;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/** The service a client may book, or the reason they may not. */
	Service bookableService(long clientId, long serviceId) {
		Service service = offered(serviceId);
		standing(clientId, service);
		return service;
	}

	/** Open slots for a client, with the training their plan asks for. */
	List<OpenSlot> openSlots(long clientId, long serviceId, LocalDate from, LocalDate to, Long therapistId) {
		Service service = offered(serviceId);
		return search(service, standing(clientId, service), from, to, therapistId);
	}

	private List<OpenSlot> search(Service service, Eligibility.Standing standing, LocalDate from, LocalDate to, Long therapistId) {
		if (to.isBefore(from)) {
			throw BookingRefused.invalid("to", "The last day must not be before the first day.");
		}
		if (from.plusDays(settings.longestSearch()).isBefore(to.plusDays(1))) {
			throw BookingRefused.invalid("to", "Search at most " + settings.longestSearch() + " days at a time.");
		}
		return availability.search(new Availability.Request(service, rules.of(service.id().value()), standing.skillsFor(service),
				from, to, therapistId, clock.instant()));
	}

	/** Where the client stands, refusing a service they may not book. */
	private Eligibility.Standing standing(long clientId, Service service) {
		Eligibility.Standing standing = eligibility.of(clientId);
		standing.refusalFor(service).ifPresent(refusal -> {
			throw BookingRefused.notAllowed(refusal.words);
		});
		return standing;
	}

	@Transactional
	Booking book(BookingRequest request) {
		Booking booking = insert(request, null);
		events.publishEvent(new SessionBooked(session(booking)));
		return booking;
	}

	/** Cancels a client's own booking, within the cancellation window. */
	@Transactional
	Booking cancel(long clientId, long bookingId) {
		Booking booking = ownUpcoming(clientId, bookingId);
		if (!bookings.cancel(booking.id(), clientId)) {
			throw BookingRefused.notAllowed("This session is cancelled already.");
		}
		events.publishEvent(new SessionCancelled(session(booking), false));
		holds.offerFreedTime(booking, clientId);
		return booking;
	}

	/** Moves a client's own booking to another time: the old one is released and the new one booked, or neither. */
	@Transactional
	Booking move(long clientId, long bookingId, Instant start, Long therapistId, Long locationId) {
		Booking old = ownUpcoming(clientId, bookingId);
		if (!bookings.cancel(old.id(), clientId)) {
			throw BookingRefused.notAllowed("This session is cancelled already.");
		}
		Booking moved = insert(new BookingRequest(clientId, old.serviceId(), start, therapistId, locationId), old.seriesId());
		events.publishEvent(new SessionMoved(session(old), session(moved)));
		holds.offerFreedTime(old, clientId);
		return moved;
	}

	/** Asks to be told when a time opens; the range is checked like a search. */
	@Transactional
	long joinWaitlist(long clientId, long serviceId, Long therapistId, LocalDate from, LocalDate to) {
		LocalDate today = clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1);
		if (from.isBefore(today)) {
			throw BookingRefused.invalid("from", "Choose days from today on.");
		}
		if (to.isBefore(from) || from.plusDays(settings.longestSearch()).isBefore(to.plusDays(1))) {
			throw BookingRefused.invalid("to", "Choose a last day after the first, at most " + settings.longestSearch() + " days later.");
		}
		bookableService(clientId, serviceId);
		return waitlist.add(clientId, serviceId, therapistId, from, to);
	}

	/**
	 * The plan's series from a first slot the client picked, with that slot's therapist: each date free or with
	 * the nearest free times (the same therapist, up to three days either side).
	 */
	List<SeriesDate> planSeries(long clientId, long serviceId, OpenSlot first) {
		var standing = eligibility.of(clientId);
		if (standing.plan() == null) {
			throw BookingRefused.notAllowed(standing.refusal() == null ? Eligibility.Refusal.PLAN_IN_REVIEW.words : standing.refusal().words);
		}
		var plan = standing.plan().plan();
		List<ZonedDateTime> dates = PlanSeries.dates(first.localStart(), plan.sessionsPerWeek(), plan.weeks(), plan.endBy());
		LocalDate from = dates.get(0).toLocalDate().minusDays(3);
		LocalDate today = clock.instant().atZone(first.location().zone()).toLocalDate();
		List<OpenSlot> open = openSlots(clientId, serviceId, from.isBefore(today) ? today : from,
				dates.get(dates.size() - 1).toLocalDate().plusDays(3), first.therapistId())
			.stream()
			.filter(slot -> slot.location().id() == first.location().id())
			.toList();
		List<SeriesDate> series = new ArrayList<>();
		for (int i = 0; i < dates.size(); i++) {
			Instant wanted = dates.get(i).toInstant();
			OpenSlot free = open.stream().filter(slot -> slot.start().equals(wanted)).findFirst().orElse(null);
			List<OpenSlot> near = free != null ? List.of() : closest(open.stream()
				.filter(slot -> Duration.between(wanted, slot.start()).abs().compareTo(Duration.ofDays(3)) <= 0)
				.toList(), wanted);
			series.add(new SeriesDate(i + 1, dates.get(i), free, near));
		}
		return series;
	}

	/** The slot a client picked, if it is still open to them. */
	Optional<OpenSlot> openSlot(long clientId, long serviceId, Instant start, Long therapistId, long locationId) {
		LocalDate day = start.atZone(java.time.ZoneOffset.UTC).toLocalDate();
		return openSlots(clientId, serviceId, day.minusDays(1), day.plusDays(1), therapistId).stream()
			.filter(slot -> slot.start().equals(start) && slot.location().id() == locationId)
			.findFirst();
	}

	/**
	 * Books every session of a series in one transaction: all of them or, when any was taken meanwhile, none.
	 *
	 * @throws BookingRefused TAKEN when one of the times was taken meanwhile (nothing is booked)
	 */
	@Transactional
	List<Booking> bookSeries(long clientId, long serviceId, List<BookingRequest> sessions) {
		if (sessions.isEmpty()) {
			throw BookingRefused.invalid("slot", "Choose the times of your sessions.");
		}
		if (sessions.stream().map(BookingRequest::start).distinct().count() < sessions.size()) {
			throw BookingRefused.invalid("slot", "Two sessions of the series are at the same time; choose another time for one of them.");
		}
		var plan = eligibility.of(clientId).plan();
		Location where = locations.find(sessions.get(0).locationId() == null ? -1 : sessions.get(0).locationId())
			.orElseThrow(() -> BookingRefused.invalid("slot", "Choose the times of your sessions."));
		if (plan == null) {
			throw BookingRefused.notAllowed(Eligibility.Refusal.PLAN_IN_REVIEW.words);
		}
		int expected = PlanSeries.dates(sessions.get(0).start().atZone(where.zone()), plan.plan().sessionsPerWeek(),
				plan.plan().weeks(), plan.plan().endBy()).size();
		if (sessions.size() != expected) {
			throw BookingRefused.invalid("slot", "Book all " + expected + " sessions of your plan together.");
		}
		UUID series = UUID.randomUUID();
		List<Booking> booked = new ArrayList<>();
		for (BookingRequest session : sessions) {
			booked.add(insert(new BookingRequest(clientId, serviceId, session.start(), session.therapistId(), session.locationId()), series));
		}
		events.publishEvent(new SeriesBooked(booked.stream().map(this::session).toList()));
		return booked;
	}

	Booking own(long clientId, long bookingId) {
		return bookings.find(bookingId).filter(booking -> booking.clientId() == clientId).orElseThrow(BookingRefused::notFound);
	}

	BookingRules rulesFor(Service service) {
		return rules.of(service.id().value());
	}

	private Booking ownUpcoming(long clientId, long bookingId) {
		Booking booking = own(clientId, bookingId);
		Instant now = clock.instant();
		if (!booking.upcoming(now)) {
			throw BookingRefused.notAllowed("Only upcoming sessions can be cancelled or moved.");
		}
		BookingRules policy = rules.of(booking.serviceId());
		if (!booking.changeableBy(now, policy)) {
			throw BookingRefused.notAllowed("Sessions can be cancelled or moved online up to "
					+ DurationWords.of(policy.cancellationWindow()) + " before they start. Please contact the practice.");
		}
		return booking;
	}

	private Booking insert(BookingRequest request, UUID seriesId) {
		Instant now = clock.instant();
		if (!request.start().isAfter(now)) {
			throw BookingRefused.invalid("start", "Choose a time in the future.");
		}
		Service service = offered(request.serviceId());
		Eligibility.Standing standing = standing(request.clientId(), service);
		BookingRules policy = rules.of(service.id().value());
		if (locations.all().stream().noneMatch(location -> SlotFinder.onGrid(request.start().atZone(location.zone()).toLocalTime(), settings.slotStep()))) {
			throw BookingRefused.invalid("start", "Sessions start on the " + settings.slotStep().toMinutes()
					+ "-minute marks of the clock (for example 10:00 or 10:30).");
		}
		if (request.start().isBefore(now.plus(policy.minimumNotice()))) {
			throw BookingRefused.notAllowed("Sessions can be booked online up to " + DurationWords.of(policy.minimumNotice())
					+ " before they start. For a sooner time, please contact the practice.");
		}
		if (!request.start().isBefore(now.plus(Duration.ofDays(policy.horizonDays())))) {
			throw BookingRefused.notAllowed("Sessions can be booked up to " + policy.horizonDays() + " days ahead.");
		}
		LocalDate day = request.start().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		List<OpenSlot> around = search(service, standing, day.minusDays(1), day.plusDays(1), request.therapistId());
		List<OpenSlot> candidates = around.stream()
			.filter(slot -> slot.start().equals(request.start()))
			.filter(slot -> request.locationId() == null || slot.location().id() == request.locationId())
			.toList();
		for (OpenSlot slot : preferred(candidates, standing)) {
			for (Location.Room room : roomsFirst(slot)) {
				Optional<Long> id = bookings.add(new Bookings.NewBooking(request.clientId(), slot.therapistId(),
						slot.location().id(), room.id(), request.serviceId(), slot.start(), slot.end(), policy.bufferBefore(),
						policy.bufferAfter(), seriesId));
				if (id.isPresent()) {
					return bookings.find(id.get()).orElseThrow();
				}
			}
		}
		throw BookingRefused.taken(nearest(request, day));
	}

	/** The client's own therapist (who approved their plan) first, then the others as found. */
	private static List<OpenSlot> preferred(List<OpenSlot> candidates, Eligibility.Standing standing) {
		if (standing.plan() == null) {
			return candidates;
		}
		long own = standing.plan().therapistId();
		List<OpenSlot> ordered = new ArrayList<>(candidates);
		ordered.sort(Comparator.comparing(slot -> slot.therapistId() == own ? 0 : 1));
		return ordered;
	}

	/** The room the slot found free first; the location's other rooms in case someone took it meanwhile. */
	private static List<Location.Room> roomsFirst(OpenSlot slot) {
		List<Location.Room> rooms = new ArrayList<>(slot.location().rooms().stream().filter(Location.Room::active).toList());
		rooms.sort(Comparator.comparing(room -> room.id() == slot.roomId() ? 0 : 1));
		return rooms;
	}

	private List<OpenSlot> nearest(BookingRequest request, LocalDate day) {
		LocalDate today = clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		LocalDate from = day.minusDays(3).isBefore(today) ? today : day.minusDays(3);
		return closest(openSlots(request.clientId(), request.serviceId(), from, day.plusDays(7), request.therapistId()),
				request.start());
	}

	/** The few open starts closest to {@code wanted}, each start once, in time order. */
	private static List<OpenSlot> closest(List<OpenSlot> open, Instant wanted) {
		List<OpenSlot> near = new ArrayList<>(open);
		near.sort(Comparator.comparing(slot -> Duration.between(wanted, slot.start()).abs()));
		List<OpenSlot> distinct = new ArrayList<>();
		for (OpenSlot slot : near) {
			if (distinct.size() < ALTERNATIVES && distinct.stream().noneMatch(other -> other.start().equals(slot.start()))) {
				distinct.add(slot);
			}
		}
		distinct.sort(Comparator.comparing(OpenSlot::start));
		return distinct;
	}

	/** The booking as emails and calendars tell it. */
	private BookedSession session(Booking booking) {
		return sessions.withId(booking.id()).orElseThrow();
	}

	private Service offered(long serviceId) {
		return catalogue.service(new ServiceId(serviceId))
			.filter(Service::active)
			.orElseThrow(() -> BookingRefused.invalid("service", "There is no service with this id that can be booked."));
	}
}
