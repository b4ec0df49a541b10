package org.backcare.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backcare.identity.SignedInAccount;
import org.backcare.therapies.Catalogue;
import org.backcare.therapies.Service;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Booking for people: choose a service, pick a time from the open slots day by day, confirm. A time taken in
 * the meantime brings the nearest free ones; a service the client may not book yet says why.
 */
@Controller
class BookingController {

	private static final int DAYS_SHOWN = 7;

	private final Scheduling scheduling;

	private final Eligibility eligibility;

	private final Catalogue catalogue;

	private final Locations locations;

	private final Therapists therapists;

	private final PracticeDay practiceDay;

	BookingController(Scheduling scheduling, Eligibility eligibility, Catalogue catalogue, Locations locations,
			Therapists therapists, PracticeDay practiceDay) {
		this.scheduling = scheduling;
		this.eligibility = eligibility;
		this.catalogue = catalogue;
		this.locations = locations;
		this.therapists = therapists;
		this.practiceDay = practiceDay;
	}

	@GetMapping("/book")
	ModelAndView services(@AuthenticationPrincipal SignedInAccount me) {
		Eligibility.Standing standing = eligibility.of(me.id().value());
		List<Service> offered = catalogue.activeServices();
		return new ModelAndView("scheduling/book-services")
			.addObject("standing", standing)
			.addObject("consultations", offered.stream().filter(Service::consultation).toList())
			.addObject("planServices", offered.stream().filter(service -> !service.consultation() && standing.refusalFor(service).isEmpty()).toList());
	}

	@GetMapping("/book/{serviceId}")
	ModelAndView slots(@AuthenticationPrincipal SignedInAccount me, @PathVariable long serviceId,
			@RequestParam(required = false) String from, @RequestParam(required = false) Long therapist,
			@RequestParam(required = false) Long move, @RequestParam(required = false) String series) {
		long client = me.id().value();
		LocalDate today = today();
		LocalDate first = parseDay(from).filter(day -> !day.isBefore(today)).orElse(today);
		boolean planSeries = series != null && move == null;
		try {
			if (planSeries && therapist == null && from == null) {
				therapist = ownTherapist(client, serviceId);
			}
			List<OpenSlot> open = scheduling.openSlots(client, serviceId, first, first.plusDays(DAYS_SHOWN - 1), therapist);
			return picker(client, serviceId, first, therapist, move, SlotChoices.of(open, therapist == null), null, HttpStatus.OK)
				.addObject("series", planSeries);
		}
		catch (BookingRefused refused) {
			return refusal(refused);
		}
	}

	@GetMapping("/book/{serviceId}/confirm")
	ModelAndView confirm(@AuthenticationPrincipal SignedInAccount me, @PathVariable long serviceId,
			@RequestParam(required = false) String slot, @RequestParam(required = false) Long move) {
		try {
			Service service = scheduling.bookableService(me.id().value(), serviceId);
			Picked picked = Picked.parse(slot);
			if (picked == null) {
				return slots(me, serviceId, null, null, move, null).addObject("problem", "Choose a time first.");
			}
			return confirmation(service, picked, move);
		}
		catch (BookingRefused refused) {
			return refusal(refused);
		}
	}

	@PostMapping("/book/{serviceId}")
	ModelAndView book(@AuthenticationPrincipal SignedInAccount me, @PathVariable long serviceId,
			@RequestParam(required = false) String slot, @RequestParam(required = false) Long move) {
		long client = me.id().value();
		Picked picked = Picked.parse(slot);
		if (picked == null) {
			ModelAndView page = slots(me, serviceId, null, null, move, null).addObject("problem", "Choose a time first.");
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		try {
			Booking booking = move == null
					? scheduling.book(new Scheduling.BookingRequest(client, serviceId, picked.start(), picked.therapistId(), picked.locationId()))
					: scheduling.move(client, move, picked.start(), picked.therapistId(), picked.locationId());
			return new ModelAndView("redirect:/account/bookings?" + (move == null ? "booked=" : "moved=") + booking.id());
		}
		catch (BookingRefused refused) {
			if (refused.kind() == BookingRefused.Kind.TAKEN) {
				LocalDate first = refused.alternatives().isEmpty() ? today() : refused.alternatives().get(0).localStart().toLocalDate();
				return picker(client, serviceId, first, null, move, SlotChoices.of(refused.alternatives(), false), refused.getMessage(),
						HttpStatus.CONFLICT);
			}
			return refusal(refused);
		}
	}

	@PostMapping("/book/{serviceId}/waitlist")
	ModelAndView joinWaitlist(@AuthenticationPrincipal SignedInAccount me, @PathVariable long serviceId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Long therapist) {
		long client = me.id().value();
		try {
			LocalDate first = parseDay(from).orElseThrow(() -> BookingRefused.invalid("from", "Enter the first day as a date."));
			LocalDate last = parseDay(to).orElseThrow(() -> BookingRefused.invalid("to", "Enter the last day as a date."));
			scheduling.joinWaitlist(client, serviceId, therapist, first, last);
			return new ModelAndView("redirect:/account/bookings?waitlisted");
		}
		catch (BookingRefused refused) {
			if (refused.kind() != BookingRefused.Kind.INVALID) {
				return refusal(refused);
			}
			LocalDate today = today();
			List<OpenSlot> open = scheduling.openSlots(client, serviceId, today, today.plusDays(DAYS_SHOWN - 1), therapist);
			return picker(client, serviceId, today, therapist, null, SlotChoices.of(open, therapist == null), null,
					HttpStatus.UNPROCESSABLE_CONTENT)
				.addObject("waitlistError", refused.getMessage());
		}
	}

	@GetMapping("/book/{serviceId}/series")
	ModelAndView series(@AuthenticationPrincipal SignedInAccount me, @PathVariable long serviceId,
			@RequestParam(required = false) String slot) {
		long client = me.id().value();
		try {
			Service service = scheduling.bookableService(client, serviceId);
			Picked picked = Picked.parse(slot);
			if (picked == null) {
				return slots(me, serviceId, null, null, null, "plan").addObject("problem", "Choose the time of your first session.");
			}
			Long therapist = picked.therapistId() != null ? picked.therapistId() : ownTherapist(client, serviceId);
			var first = scheduling.openSlot(client, serviceId, picked.start(), therapist, picked.locationId())
				.or(() -> scheduling.openSlot(client, serviceId, picked.start(), null, picked.locationId()));
			if (first.isEmpty()) {
				return slots(me, serviceId, null, null, null, "plan").addObject("problem",
						"That time is no longer free. Choose another time for your first session.");
			}
			return seriesPage(service, scheduling.planSeries(client, serviceId, first.get()), null, HttpStatus.OK);
		}
		catch (BookingRefused refused) {
			return refusal(refused);
		}
	}

	@PostMapping("/book/{serviceId}/series")
	ModelAndView bookSeries(@AuthenticationPrincipal SignedInAccount me, @PathVariable long serviceId,
			@RequestParam Map<String, String> form) {
		long client = me.id().value();
		List<Scheduling.BookingRequest> sessions = new java.util.ArrayList<>();
		for (int number = 1; form.containsKey("session" + number); number++) {
			Picked picked = Picked.parse(form.get("session" + number));
			if (picked == null) {
				return refusal(BookingRefused.invalid("session" + number, "Choose a time for session " + number + "."));
			}
			sessions.add(new Scheduling.BookingRequest(client, serviceId, picked.start(), picked.therapistId(), picked.locationId()));
		}
		try {
			List<Booking> booked = scheduling.bookSeries(client, serviceId, sessions);
			return new ModelAndView("redirect:/account/bookings?series=" + booked.size());
		}
		catch (BookingRefused refused) {
			if (refused.kind() != BookingRefused.Kind.TAKEN || sessions.isEmpty()) {
				return refusal(refused);
			}
			// nothing was booked: show the series again as it stands now
			Service service = scheduling.bookableService(client, serviceId);
			var first = scheduling.openSlot(client, serviceId, sessions.get(0).start(), sessions.get(0).therapistId(),
					sessions.get(0).locationId());
			if (first.isEmpty()) {
				return slots(me, serviceId, null, null, null, "plan").addObject("problem",
						"Someone has just booked the time of your first session; nothing was booked. Choose another time.");
			}
			return seriesPage(service, scheduling.planSeries(client, serviceId, first.get()),
					"Someone has just booked one of these times, so nothing was booked yet. Check the times below and book again.",
					HttpStatus.CONFLICT);
		}
	}

	private ModelAndView seriesPage(Service service, List<SeriesDate> series, String problem, HttpStatus status) {
		Map<String, Object> model = new HashMap<>();
		model.put("service", service);
		model.put("series", series);
		model.put("problem", problem);
		model.put("complete", series.stream().allMatch(SeriesDate::bookable));
		return new ModelAndView("scheduling/book-series", model, status);
	}

	/** The therapist who approved the client's plan, when they give this service. */
	private Long ownTherapist(long client, long serviceId) {
		var standing = eligibility.of(client);
		if (standing.plan() == null) {
			return null;
		}
		Service service = scheduling.bookableService(client, serviceId);
		long own = standing.plan().therapistId();
		return therapists.find(own).filter(Therapist::active).filter(each -> each.trainedIn(standing.skillsFor(service)))
			.map(Therapist::id).orElse(null);
	}

	private ModelAndView picker(long client, long serviceId, LocalDate first, Long therapist, Long move, SlotChoices choices,
			String problem, HttpStatus status) {
		Service service = scheduling.bookableService(client, serviceId);
		Map<String, Object> model = new HashMap<>();
		model.put("service", service);
		model.put("choices", choices);
		model.put("from", first);
		model.put("earlier", first.isAfter(today()) ? first.minusDays(DAYS_SHOWN) : null);
		model.put("later", first.plusDays(DAYS_SHOWN));
		model.put("therapist", therapist);
		model.put("therapists", therapists.active().stream().filter(each -> each.trainedIn(eligibility.of(client).skillsFor(service))).toList());
		model.put("move", move);
		model.put("zones", locations.all().stream().map(location -> location.zone().getId()).distinct().toList());
		model.put("problem", problem);
		model.put("taken", status == HttpStatus.CONFLICT);
		model.put("series", false);
		model.put("waitlistError", null);
		return new ModelAndView("scheduling/book-slots", model, status);
	}

	private ModelAndView confirmation(Service service, Picked picked, Long move) {
		Location location = locations.find(picked.locationId()).orElseThrow(() -> BookingRefused.invalid("slot", "Choose a time first."));
		Map<String, Object> model = new HashMap<>();
		model.put("service", service);
		model.put("slot", picked.value());
		model.put("start", picked.start().atZone(location.zone()));
		model.put("end", picked.start().plus(java.time.Duration.ofMinutes(service.minutes())).atZone(location.zone()));
		model.put("therapistName", picked.therapistId() == null ? null : therapists.find(picked.therapistId()).map(Therapist::name).orElse(null));
		model.put("location", location);
		model.put("move", move);
		model.put("rules", scheduling.rulesFor(service));
		return new ModelAndView("scheduling/book-confirm", model);
	}

	private ModelAndView refusal(BookingRefused refused) {
		return new ModelAndView("scheduling/book-refused", Map.of("reason", refused.getMessage()), refused.status());
	}

	private LocalDate today() {
		return practiceDay.today();
	}

	private static java.util.Optional<LocalDate> parseDay(String value) {
		try {
			return value == null ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.parse(value));
		}
		catch (DateTimeParseException bad) {
			return java.util.Optional.empty();
		}
	}

	/** A picked slot as the radio button sent it: start instant, therapist (empty for anyone), location. */
	record Picked(String value, Instant start, Long therapistId, long locationId) {

		static Picked parse(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				String[] parts = value.strip().split("\\|", -1);
				if (parts.length != 3) {
					return null;
				}
				return new Picked(value.strip(), Instant.parse(parts[0]), parts[1].isEmpty() ? null : Long.valueOf(parts[1]),
						Long.parseLong(parts[2]));
			}
			catch (DateTimeParseException | NumberFormatException bad) {
				return null;
			}
		}
	}
}
