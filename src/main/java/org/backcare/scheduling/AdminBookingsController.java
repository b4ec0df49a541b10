package org.backcare.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.backcare.identity.People;
import org.backcare.identity.SignedInAccount;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admin's view of bookings: every therapist's day or week with the status of each session, no-shows marked
 * (and taken back the same day), and each client's bookings with their no-shows counted.
 */
@Controller
class AdminBookingsController {

	private static final String LIST = "/admin/bookings";

	/** Where a form may send the admin back to: one of these pages, never another site. */
	private static final Pattern BACK = Pattern.compile("/admin/(bookings|clients/\\d+/bookings)(\\?[A-Za-z0-9=&_.-]*)?");

	private final Bookings bookings;

	private final BookingViews views;

	private final NoShows noShows;

	private final Therapists therapists;

	private final Locations locations;

	private final People people;

	private final PracticeDay practiceDay;

	private final Clock clock;

	AdminBookingsController(Bookings bookings, BookingViews views, NoShows noShows, Therapists therapists,
			Locations locations, People people, PracticeDay practiceDay, Clock clock) {
		this.bookings = bookings;
		this.views = views;
		this.noShows = noShows;
		this.therapists = therapists;
		this.locations = locations;
		this.people = people;
		this.practiceDay = practiceDay;
		this.clock = clock;
	}

	@GetMapping(LIST)
	ModelAndView list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String span, @RequestParam(required = false) Long therapist,
			@RequestParam(required = false) Long location) {
		LocalDate shown = day == null ? practiceDay.today() : day;
		CalendarPeriod period = "week".equals(span) ? CalendarPeriod.weekOf(shown) : CalendarPeriod.day(shown);
		return list(period, therapist, location, null, HttpStatus.OK);
	}

	@PostMapping(LIST + "/{id}/no-show")
	ModelAndView markNoShow(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
			@RequestParam(required = false) String back) {
		try {
			noShows.mark(me.id().value(), id);
			return backTo(back, id);
		}
		catch (BookingRefused refused) {
			return refusal(id, refused);
		}
	}

	@PostMapping(LIST + "/{id}/no-show/undo")
	ModelAndView undoNoShow(@PathVariable long id, @RequestParam(required = false) String back) {
		try {
			noShows.undo(id);
			return backTo(back, id);
		}
		catch (BookingRefused refused) {
			return refusal(id, refused);
		}
	}

	@GetMapping("/admin/clients/{id}/bookings")
	ModelAndView client(@PathVariable long id) {
		var client = people.client(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<AdminBooking> rows = rows(bookings.markedOfClient(id));
		Instant now = clock.instant();
		return new ModelAndView("scheduling/admin-client-bookings").addObject("clientId", id)
			.addObject("clientName", client.name())
			.addObject("rows", rows)
			.addObject("noShows", count(rows, Booking.Status.NO_SHOW))
			.addObject("cancelled", count(rows, Booking.Status.CANCELLED))
			.addObject("attended", rows.stream()
				.filter(row -> row.booking().status() == Booking.Status.BOOKED && row.booking().end().toInstant().isBefore(now))
				.count())
			.addObject("upcoming", rows.stream()
				.filter(row -> row.booking().status() == Booking.Status.BOOKED && !row.booking().end().toInstant().isBefore(now))
				.count());
	}

	private ModelAndView list(CalendarPeriod period, Long therapist, Long location, String problem, HttpStatus status) {
		String filters = (period.week() ? "span=week&" : "") + (therapist == null ? "" : "therapist=" + therapist + "&")
				+ (location == null ? "" : "location=" + location + "&");
		return new ModelAndView("scheduling/admin-bookings", status).addObject("period", period)
			.addObject("today", practiceDay.today())
			.addObject("rows", rows(bookings.startingBetween(period.searchFrom(), period.searchUntil(), therapist, location))
				.stream()
				.filter(row -> period.contains(row.booking().localStart().toLocalDate()))
				.toList())
			.addObject("therapists", therapists.all())
			.addObject("locations", locations.all())
			.addObject("therapist", therapist)
			.addObject("location", location)
			.addObject("link", LIST + "?" + filters + "day=")
			.addObject("problem", problem);
	}

	/** The rows in a fixed number of statements: the views, and the names of clients and of who marked no-shows. */
	private List<AdminBooking> rows(List<Bookings.Marked> marked) {
		List<BookingView> shown = views.of(marked.stream().map(Bookings.Marked::booking).toList());
		Map<Long, String> names = people.namesOf(marked.stream()
			.flatMap(row -> Stream.of(row.booking().clientId(), row.noShow() == null ? null : row.noShow().markedBy()))
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		Instant now = clock.instant();
		List<AdminBooking> rows = new ArrayList<>();
		for (int i = 0; i < marked.size(); i++) {
			Bookings.Marked row = marked.get(i);
			NoShow noShow = row.noShow();
			rows.add(new AdminBooking(shown.get(i), row.booking().clientId(), names.get(row.booking().clientId()), noShow,
					noShow == null || noShow.markedBy() == null ? null : names.get(noShow.markedBy()),
					row.booking().noShowMarkableAt(now),
					noShow != null && noShow.undoableAt(now, ZoneId.of(shown.get(i).timeZone()))));
		}
		return rows;
	}

	private static long count(List<AdminBooking> rows, Booking.Status status) {
		return rows.stream().filter(row -> row.booking().status() == status).count();
	}

	private ModelAndView backTo(String back, long id) {
		if (back != null && BACK.matcher(back).matches()) {
			return new ModelAndView("redirect:" + back);
		}
		LocalDate day = views.of(bookings.find(id).orElseThrow()).localStart().toLocalDate();
		return new ModelAndView("redirect:" + LIST + "?day=" + day);
	}

	/** An unknown booking is a 404; a refused change shows the session's day with the reason, as a 409. */
	private ModelAndView refusal(long id, BookingRefused refused) {
		if (refused.kind() == BookingRefused.Kind.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		LocalDate day = views.of(bookings.find(id).orElseThrow()).localStart().toLocalDate();
		return list(CalendarPeriod.day(day), null, null, refused.getMessage(), HttpStatus.CONFLICT);
	}
}
