package org.backcare.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backcare.careplans.ApprovedPlans;
import org.backcare.careplans.ApprovedPlans.ApprovedPlan;
import org.backcare.identity.People;
import org.backcare.platform.AuditLog;
import org.backcare.therapies.Catalogue;
import org.backcare.therapies.Service;
import org.backcare.therapies.ServiceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's calendar with the plan notes of their clients. A day or a week costs the same fixed number of
 * statements however many sessions it holds: the bookings, their views, the clients' names, their plans and one
 * audit insert. Plan notes are clinical records, so every session shown with them is audit-logged.
 */
@Component
class TherapistCalendars {

	private final Bookings bookings;

	private final BookingViews views;

	private final Catalogue catalogue;

	private final People people;

	private final ApprovedPlans plans;

	private final AuditLog audit;

	private final PracticeDay practiceDay;

	TherapistCalendars(Bookings bookings, BookingViews views, Catalogue catalogue, People people, ApprovedPlans plans,
			AuditLog audit, PracticeDay practiceDay) {
		this.bookings = bookings;
		this.views = views;
		this.catalogue = catalogue;
		this.people = people;
		this.plans = plans;
		this.audit = audit;
		this.practiceDay = practiceDay;
	}

	LocalDate today() {
		return practiceDay.today();
	}

	/** The therapist's booked, held and missed sessions on these days, as {@code viewerId} reads them. */
	@Transactional
	TherapistCalendar of(long therapistId, CalendarPeriod period, long viewerId) {
		Map<Long, Booking> found = bookings.ofTherapist(therapistId, period.searchFrom(), period.searchUntil())
			.stream()
			.collect(Collectors.toMap(Booking::id, Function.identity()));
		List<BookingView> shown = views.of(List.copyOf(found.values()))
			.stream()
			.filter(view -> period.contains(view.localStart().toLocalDate()))
			.sorted((a, b) -> a.start().toInstant().compareTo(b.start().toInstant()))
			.toList();
		List<Long> clients = shown.stream().map(view -> found.get(view.id()).clientId()).distinct().toList();
		List<Long> everyone = new ArrayList<>(clients);
		everyone.add(therapistId);
		Map<Long, String> names = people.namesOf(everyone);
		Map<Long, ApprovedPlan> approved = plans.of(clients);
		Map<ServiceId, Service> services = shown.isEmpty() ? Map.of() : catalogue.servicesById();
		Map<LocalDate, List<CalendarSession>> byDay = new LinkedHashMap<>();
		List<AuditLog.Entry> read = new ArrayList<>();
		for (BookingView view : shown) {
			long client = found.get(view.id()).clientId();
			ApprovedPlan plan = approved.get(client);
			if (plan != null) {
				read.add(new AuditLog.Entry(client, "booking:" + view.id()));
			}
			byDay.computeIfAbsent(view.localStart().toLocalDate(), day -> new ArrayList<>())
				.add(new CalendarSession(view, client, names.get(client), plan == null ? null : PlanNotes.of(plan.plan()),
						services.get(new ServiceId(view.service())).consultation()));
		}
		audit.record(viewerId, "calendar.viewed", read);
		return new TherapistCalendar(therapistId, names.get(therapistId), period, practiceDay.today(), byDay);
	}
}
