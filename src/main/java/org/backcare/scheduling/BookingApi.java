package org.backcare.scheduling;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backcare.identity.SignedInAccount;
import org.backcare.therapies.Catalogue;
import org.backcare.therapies.Service;
import org.backcare.therapies.Skill;
import org.backcare.therapies.Technique;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Services, open slots and the signed-in client's bookings, for apps. The HTML pages use the same module API. */
@RestController
@Tag(name = "Booking")
class BookingApi {

	private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	record ServiceView(long id, String name, Technique technique, int minutes, long priceMinor, String currency,
			List<Skill> requiredSkills, boolean consultation) {
	}

	record SlotView(OffsetDateTime start, OffsetDateTime end, long therapist, String therapistName, long room,
			String roomName, long location, String timeZone) {
	}

	record AvailabilityView(long service, LocalDate from, LocalDate to, List<SlotView> slots) {
	}

	private final Catalogue catalogue;

	private final Scheduling scheduling;

	private final Bookings bookings;

	private final BookingViews views;

	BookingApi(Catalogue catalogue, Scheduling scheduling, Bookings bookings, BookingViews views) {
		this.catalogue = catalogue;
		this.scheduling = scheduling;
		this.bookings = bookings;
		this.views = views;
	}

	@GetMapping("/api/v1/services")
	@Operation(summary = "The services that can be booked; consultation is true for the first visit any signed-in client may book")
	List<ServiceView> services() {
		return catalogue.activeServices()
			.stream()
			.map(service -> new ServiceView(service.id().value(), service.name(), service.technique(), service.minutes(),
					service.price().minorUnits(), service.price().currency().getCurrencyCode(),
					service.requiredSkill() == null ? List.of() : List.of(service.requiredSkill()), service.consultation()))
			.toList();
	}

	@GetMapping("/api/v1/availability")
	@Operation(summary = "Open slots for a service the signed-in client may book, in the location's offset (at most 92 days)")
	AvailabilityView availability(@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(required = false) String service, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String therapist) {
		long serviceId = number("service", service);
		LocalDate first = day("from", from);
		LocalDate last = day("to", to);
		Long therapistId = therapist == null || therapist.isBlank() ? null : number("therapist", therapist);
		List<SlotView> slots = scheduling.openSlots(me.id().value(), serviceId, first, last, therapistId)
			.stream()
			.map(slot -> new SlotView(slot.localStart().toOffsetDateTime(), slot.localEnd().toOffsetDateTime(),
					slot.therapistId(), slot.therapistName(), slot.roomId(), slot.roomName(), slot.location().id(),
					slot.location().zone().getId()))
			.toList();
		return new AvailabilityView(serviceId, first, last, slots);
	}

	@PostMapping("/api/v1/bookings")
	@Operation(summary = "Book a slot: 201 with the booking, 409 when it was taken meanwhile (with the nearest free times), 422 when the client may not book it")
	ResponseEntity<BookingView> book(@AuthenticationPrincipal SignedInAccount me, @RequestBody JsonNode body) {
		if (body == null || !body.isObject()) {
			throw BookingRefused.invalid("body", "Send a JSON object with service and start.");
		}
		long serviceId = number("service", text(body, "service"));
		OffsetDateTime start = start(text(body, "start"));
		String therapist = text(body, "therapist");
		Long therapistId = therapist == null ? null : number("therapist", therapist);
		Booking booking = scheduling.book(new Scheduling.BookingRequest(me.id().value(), serviceId, start.toInstant(), therapistId));
		return ResponseEntity.created(URI.create("/api/v1/bookings/" + booking.id())).body(views.of(booking));
	}

	@GetMapping("/api/v1/bookings")
	@Operation(summary = "The signed-in client's bookings, latest first")
	List<BookingView> mine(@AuthenticationPrincipal SignedInAccount me) {
		return views.of(bookings.ofClient(me.id().value()));
	}

	@GetMapping("/api/v1/bookings/{id}")
	@Operation(summary = "One of the signed-in client's bookings (404 for anyone else's)")
	BookingView one(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
		return views.of(scheduling.own(me.id().value(), id));
	}

	@DeleteMapping("/api/v1/bookings/{id}")
	@Operation(summary = "Cancel one of the signed-in client's bookings, within the cancellation window (422 outside it)")
	BookingView cancel(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
		scheduling.cancel(me.id().value(), id);
		return views.of(scheduling.own(me.id().value(), id));
	}

	@ExceptionHandler(BookingRefused.class)
	ResponseEntity<ProblemDetail> refused(BookingRefused refused) {
		HttpStatus status = refused.status();
		var problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
		problem.setTitle(switch (refused.kind()) {
			case INVALID -> "Invalid request";
			case NOT_ALLOWED -> "Not allowed";
			case TAKEN -> "Slot taken";
			case NOT_FOUND -> "Not found";
		});
		if (refused.kind() == BookingRefused.Kind.INVALID) {
			problem.setProperty("fieldErrors", List.of(Map.of("field", refused.field(), "message", refused.getMessage())));
		}
		if (refused.kind() == BookingRefused.Kind.TAKEN) {
			List<SlotView> alternatives = new ArrayList<>();
			refused.alternatives()
				.forEach(slot -> alternatives.add(new SlotView(slot.localStart().toOffsetDateTime(), slot.localEnd().toOffsetDateTime(),
						slot.therapistId(), slot.therapistName(), slot.roomId(), slot.roomName(), slot.location().id(),
						slot.location().zone().getId())));
			problem.setProperty("alternatives", alternatives);
		}
		return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
	}

	private static String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static long number(String field, String value) {
		if (value == null || value.isBlank()) {
			throw BookingRefused.invalid(field, "Give the " + field + "'s id.");
		}
		try {
			long id = Long.parseLong(value.strip());
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException notANumber) {
			// answered below
		}
		throw BookingRefused.invalid(field, "The " + field + " is a positive whole number (an id).");
	}

	private static LocalDate day(String field, String value) {
		if (value == null || value.isBlank()) {
			throw BookingRefused.invalid(field, "Give the " + field + " date as YYYY-MM-DD.");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException bad) {
			throw BookingRefused.invalid(field, "The " + field + " date is written YYYY-MM-DD, e.g. 2026-12-01.");
		}
	}

	private static OffsetDateTime start(String value) {
		if (value == null || value.isBlank()) {
			throw BookingRefused.invalid("start", "Give the start as a date and time with its offset, e.g. 2026-12-01T10:00:00-06:00.");
		}
		try {
			return OffsetDateTime.parse(value.strip());
		}
		catch (DateTimeParseException bad) {
			throw BookingRefused.invalid("start", "Write the start as a date and time with its offset, e.g. 2026-12-01T10:00:00-06:00.");
		}
	}
}
