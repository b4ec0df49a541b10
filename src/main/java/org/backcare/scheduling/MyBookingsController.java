package org.backcare.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backcare.identity.SignedInAccount;
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

	private final Bookings bookings;

	private final BookingViews views;

	private final Scheduling scheduling;

	private final Clock clock;

	MyBookingsController(Bookings bookings, BookingViews views, Scheduling scheduling, Clock clock) {
		this.bookings = bookings;
		this.views = views;
		this.scheduling = scheduling;
		this.clock = clock;
	}

	@GetMapping("/account/bookings")
	ModelAndView mine(@AuthenticationPrincipal SignedInAccount me, @RequestParam(required = false) Long booked,
			@RequestParam(required = false) Long moved, @RequestParam(required = false) Long cancelled,
			@RequestParam(required = false) Integer series) {
		String message = series != null ? "Your plan is booked: " + series + " sessions. We have emailed you the dates with a calendar invitation."
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

	private ModelAndView page(SignedInAccount me, String message, String problem, HttpStatus status) {
		Instant now = clock.instant();
		List<BookingView> all = views.of(bookings.ofClient(me.id().value()));
		List<BookingView> upcoming = all.stream()
			.filter(booking -> booking.status() == Booking.Status.BOOKED && booking.end().toInstant().isAfter(now))
			.sorted((a, b) -> a.start().compareTo(b.start()))
			.toList();
		List<BookingView> past = all.stream().filter(booking -> !upcoming.contains(booking)).toList();
		Map<String, Object> model = new HashMap<>();
		model.put("upcoming", upcoming);
		model.put("past", past);
		model.put("message", message);
		model.put("problem", problem);
		return new ModelAndView("scheduling/my-bookings", model, status);
	}
}
