package org.backcare.scheduling;

import java.time.LocalDate;

import org.backcare.identity.SignedInAccount;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Calendars of sessions: a therapist's own day and week (nobody else's: the therapist comes from the sign-in,
 * never from the URL), and any therapist's week for the admin.
 */
@Controller
class CalendarController {

	private static final String DAY = "/therapist/calendar";

	private static final String WEEK = "/therapist/calendar/week";

	private final TherapistCalendars calendars;

	private final Therapists therapists;

	CalendarController(TherapistCalendars calendars, Therapists therapists) {
		this.calendars = calendars;
		this.therapists = therapists;
	}

	@GetMapping(DAY)
	ModelAndView day(@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		long id = me.id().value();
		var calendar = calendars.of(id, CalendarPeriod.day(day == null ? calendars.today() : day), id);
		return new ModelAndView("scheduling/calendar-day").addObject("calendar", calendar)
			.addObject("dayLink", DAY + "?day=")
			.addObject("weekLink", WEEK + "?week=");
	}

	@GetMapping(WEEK)
	ModelAndView week(@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
		long id = me.id().value();
		var calendar = calendars.of(id, CalendarPeriod.weekOf(week == null ? calendars.today() : week), id);
		return week(calendar, "Your week", WEEK + "?week=", DAY + "?day=");
	}

	@GetMapping("/admin/calendar")
	ModelAndView anyTherapist(@AuthenticationPrincipal SignedInAccount me, @RequestParam(required = false) Long therapist,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
		if (therapist == null) {
			return new ModelAndView("redirect:/admin/bookings?span=week");
		}
		Therapist whose = therapists.find(therapist).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var calendar = calendars.of(whose.id(), CalendarPeriod.weekOf(week == null ? calendars.today() : week), me.id().value());
		return week(calendar, whose.name() + "'s week", "/admin/calendar?therapist=" + whose.id() + "&week=", null);
	}

	/** @param dayLink where a day opens on its own, or null when it does not */
	private static ModelAndView week(TherapistCalendar calendar, String heading, String weekLink, String dayLink) {
		return new ModelAndView("scheduling/calendar-week").addObject("calendar", calendar)
			.addObject("heading", heading)
			.addObject("weekLink", weekLink)
			.addObject("dayLink", dayLink);
	}
}
