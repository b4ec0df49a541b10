package org.backcare.scheduling;

import java.util.List;
import java.util.stream.Collectors;

import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * When a therapist works: weekly hours per location with a break, one-off days, time off. Overlaps are refused by
 * the database's exclusion constraints, so two admins saving at once cannot put a therapist in two places.
 */
@Controller
class AdminWorkingTimesController {

	private static final String THERAPIST = AdminTherapistsController.HOME + "/{id}";

	private final TherapistAdminPage page;

	private final Schedules schedules;

	AdminWorkingTimesController(TherapistAdminPage page, Schedules schedules) {
		this.page = page;
		this.schedules = schedules;
	}

	@PostMapping(THERAPIST + "/hours")
	ModelAndView addHours(@PathVariable long id, @ModelAttribute ScheduleForms.Hours form) {
		page.profile(id);
		var forms = new TherapistAdminPage.Forms(null, form, null, null);
		FormErrors errors = form.check(locationIds());
		if (!errors.isEmpty()) {
			return page.show(id, forms, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			schedules.addWeeklyHours(id, form.locationId(), form.days(), form.from(), form.until(), form.pause(), form.resume());
		}
		catch (OverlappingTimes overlap) {
			String days = form.days().stream().map(ScheduleForms::dayName).collect(Collectors.joining(", "));
			return page.show(id, forms, FormErrors.none().field("weekdays", "These hours overlap hours this therapist already has on "
					+ days + ": a therapist works in one place at a time. Remove those hours first."), HttpStatus.CONFLICT);
		}
		return done(id, "hours");
	}

	@PostMapping(THERAPIST + "/days")
	ModelAndView addDay(@PathVariable long id, @ModelAttribute ScheduleForms.Day form) {
		page.profile(id);
		var forms = new TherapistAdminPage.Forms(null, null, form, null);
		FormErrors errors = form.check(locationIds(), page.today());
		if (!errors.isEmpty()) {
			return page.show(id, forms, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			schedules.addOneOffDay(id, form.locationId(), form.date(), form.from(), form.until());
		}
		catch (OverlappingTimes overlap) {
			return page.show(id, forms, FormErrors.none().field("day", "This therapist has other hours that day that overlap these: "
					+ "a therapist works in one place at a time. Remove those first."), HttpStatus.CONFLICT);
		}
		return done(id, "day");
	}

	@PostMapping(THERAPIST + "/time-off")
	ModelAndView addTimeOff(@PathVariable long id, @ModelAttribute ScheduleForms.TimeOff form) {
		page.profile(id);
		var forms = new TherapistAdminPage.Forms(null, null, null, form);
		FormErrors errors = form.check(page.zones(page.locations()), page.now());
		if (!errors.isEmpty()) {
			return page.show(id, forms, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			schedules.addTimeOff(id, form.startsAt(), form.endsAt(), form.trimmedReason());
		}
		catch (OverlappingTimes overlap) {
			return page.show(id, forms, FormErrors.none().field("offFrom", "This overlaps time off already on record: change or remove that instead."),
					HttpStatus.CONFLICT);
		}
		return done(id, "time-off");
	}

	@PostMapping(THERAPIST + "/hours/{entry}/remove")
	ModelAndView removeHours(@PathVariable long id, @PathVariable long entry) {
		return removed(id, schedules.removeWeeklyHours(id, entry));
	}

	@PostMapping(THERAPIST + "/days/{entry}/remove")
	ModelAndView removeDay(@PathVariable long id, @PathVariable long entry) {
		return removed(id, schedules.removeOneOffDay(id, entry));
	}

	@PostMapping(THERAPIST + "/time-off/{entry}/remove")
	ModelAndView removeTimeOff(@PathVariable long id, @PathVariable long entry) {
		return removed(id, schedules.removeTimeOff(id, entry));
	}

	private List<Long> locationIds() {
		return page.locations().stream().map(Location::id).toList();
	}

	private static ModelAndView removed(long id, boolean removed) {
		if (!removed) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return done(id, "removed");
	}

	private static ModelAndView done(long id, String what) {
		return new ModelAndView("redirect:" + AdminTherapistsController.HOME + "/" + id + "?" + what + "#working-times");
	}
}
