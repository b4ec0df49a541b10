package org.backcare.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backcare.identity.People;
import org.backcare.identity.SignedInAccount;
import org.backcare.therapies.Catalogue;
import org.backcare.therapies.Service;
import org.backcare.therapies.ServiceId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** A client's own bookings: what is coming up, what has been, and cancelling within the policy. */
@Controller
class MyBookingsController {

	/** A waitlist entry as the client reads it; {@code therapistName} is null for any therapist. */
	record Waiting(long id, String serviceName, LocalDate from, LocalDate to, String therapistName) {
	}

	private final Bookings bookings;

	private final BookingViews views;

	private final Scheduling scheduling;

	private final Waitlist waitlist;

	private final Holds holds;

	private final Clock clock;

	private final Catalogue catalogue;

	private final People people;

	MyBookingsController(Bookings bookings, BookingViews views, Scheduling scheduling, Waitlist waitlist, Holds holds,
			Catalogue catalogue, People people, Clock clock) {
		this.holds = holds;
		this.catalogue = catalogue;
		this.people = people;
		this.bookings = bookings;
		this.waitlist = waitlist;
		this.views = views;
		this.scheduling = scheduling;
		this.clock = clock;
	}

	@GetMapping("/account/bookings")
	ModelAndView mine(@AuthenticationPrincipal SignedInAccount me, @RequestParam(required = false) Long booked,
			@RequestParam(required = false) Long moved, @RequestParam(required = false) Long cancelled,
			@RequestParam(required = false) Integer series, @RequestParam(required = false) String waitlisted,
			@RequestParam(required = false) Long confirmed) {
		String message = waitlisted != null ? "You are on the waitlist. When a time opens we hold it for you and email you."
				: confirmed != null ? "Booked. We have emailed you the details with a calendar invitation."
				: series != null ? "Your plan is booked: " + series + " sessions. We have emailed you the dates with a calendar invitation."
				: booked != null ? "Booked. We have emailed you the details with a calendar invitation."
				: moved != null ? "Moved. We have emailed you the new time."
						: cancelled != null ? "Cancelled. We have emailed you a confirmation." : null;
		return page(me, message, null, HttpStatus.OK);
	}

	@PostMapping("/account/bookings/{id}/cancel")
	ModelAndView cancel(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
		try {
			scheduling.cancel(me.id().value(), id);
			return new ModelAndView("redirect:/account/bookings?cancelled=" + id);
		}
		catch (BookingRefused refused) {
			if (refused.kind() == BookingRefused.Kind.NOT_FOUND) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			return page(me, null, refused.getMessage(), HttpStatus.UNPROCESSABLE_CONTENT);
		}
	}

	@PostMapping("/account/bookings/{id}/confirm")
	ModelAndView confirmHold(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
		try {
			holds.confirmHold(me.id().value(), id);
			return new ModelAndView("redirect:/account/bookings?confirmed=" + id);
		}
		catch (BookingRefused refused) {
			if (refused.kind() == BookingRefused.Kind.NOT_FOUND) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			return page(me, null, refused.getMessage(), HttpStatus.CONFLICT);
		}
	}

	@PostMapping("/account/bookings/{id}/decline")
	ModelAndView declineHold(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
		try {
			holds.declineHold(me.id().value(), id);
			return new ModelAndView("redirect:/account/bookings");
		}
		catch (BookingRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	@PostMapping("/account/waitlist/{id}/withdraw")
	ModelAndView withdraw(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
		if (!waitlist.withdraw(id, me.id().value())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new ModelAndView("redirect:/account/bookings");
	}

	private ModelAndView page(SignedInAccount me, String message, String problem, HttpStatus status) {
		Instant now = clock.instant();
		List<BookingView> all = views.of(bookings.ofClient(me.id().value()));
		List<BookingView> upcoming = all.stream()
			.filter(booking -> booking.status() == Booking.Status.BOOKED && booking.end().toInstant().isAfter(now))
			.sorted((a, b) -> a.start().compareTo(b.start()))
			.toList();
		List<BookingView> held = all.stream()
			.filter(booking -> booking.status() == Booking.Status.HELD && booking.start().toInstant().isAfter(now))
			.toList();
		List<BookingView> past = all.stream().filter(booking -> !upcoming.contains(booking) && !held.contains(booking)).toList();
		Map<String, Object> model = new HashMap<>();
		model.put("upcoming", upcoming);
		model.put("past", past);
		model.put("held", held);
		List<Waitlist.Entry> entries = waitlist.ofClient(me.id().value()).stream().filter(entry -> entry.status().equals("WAITING")).toList();
		Map<ServiceId, Service> services = catalogue.servicesById();
		Map<Long, String> names = people.namesOf(entries.stream().map(Waitlist.Entry::therapistId).filter(java.util.Objects::nonNull).toList());
		model.put("waiting", entries
			.stream()
			.map(entry -> new Waiting(entry.id(), services.get(new ServiceId(entry.serviceId())).name(), entry.from(), entry.to(),
					entry.therapistId() == null ? null : names.get(entry.therapistId())))
			.toList());
		model.put("message", message);
		model.put("problem", problem);
		return new ModelAndView("scheduling/my-bookings", model, status);
	}
}
