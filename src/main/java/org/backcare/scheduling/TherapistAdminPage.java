package org.backcare.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.backcare.identity.People;
import org.backcare.platform.FormErrors;
import org.backcare.platform.PracticeSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admin's page for one therapist: profile, credentials, weekly hours, one-off days and time off, in one
 * statement per part. Each form on it posts to its own controller, which shows this page again when it refuses.
 */
@Component
class TherapistAdminPage {

	/** The forms on the page; a null one is shown blank. */
	record Forms(ProfileForm profile, ScheduleForms.Hours hours, ScheduleForms.Day day, ScheduleForms.TimeOff timeOff) {

		static final Forms BLANK = new Forms(null, null, null, null);
	}

	/** The therapist's weekly hours at one location, and whether L1 lets them work there today. */
	record WeeklyAt(Location location, List<WorkingHours> hours, boolean licensed) {
	}

	private final People people;

	private final Therapists therapists;

	private final Schedules schedules;

	private final Locations locations;

	private final Clock clock;

	private final ZoneId practiceZone;

	TherapistAdminPage(People people, Therapists therapists, Schedules schedules, Locations locations, Clock clock,
			PracticeSettings practice) {
		this.people = people;
		this.therapists = therapists;
		this.schedules = schedules;
		this.locations = locations;
		this.clock = clock;
		this.practiceZone = practice.timeZone();
	}

	/** The account of a therapist; 404 for any other id. */
	People.Person account(long id) {
		return people.therapists()
			.stream()
			.filter(person -> person.id().value() == id)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A therapist's profile; 404 when they have none yet (hours and credentials hang off it). */
	Therapist profile(long id) {
		return therapists.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	Instant now() {
		return clock.instant();
	}

	/** Today where the practice is: the day credentials are judged by on admin pages. */
	LocalDate today() {
		return LocalDate.now(clock.withZone(practiceZone));
	}

	List<Location> locations() {
		return locations.all();
	}

	/** The zones time off may be typed in: every location's, then the practice's. */
	List<String> zones(List<Location> all) {
		Set<String> zones = new LinkedHashSet<>();
		all.forEach(location -> zones.add(location.zone().getId()));
		zones.add(practiceZone.getId());
		return List.copyOf(zones);
	}

	ModelAndView show(long id, Forms forms, FormErrors errors, HttpStatus status) {
		People.Person person = account(id);
		Therapist therapist = therapists.find(id).orElse(null);
		List<Location> all = locations.all();
		List<WorkingHours> hours = therapist == null ? List.of() : schedules.weeklyHoursOf(id);
		ZoneId zone = timeOffZone(hours, all);
		LocalDate today = today();
		var page = new ModelAndView("scheduling/admin-therapist", status);
		page.addObject("person", person);
		page.addObject("therapist", therapist);
		page.addObject("today", today);
		page.addObject("locations", all);
		page.addObject("weekly", therapist == null ? List.of() : weekly(therapist, hours, all, today));
		page.addObject("days", therapist == null ? List.of() : schedules.oneOffDaysOf(id, today));
		page.addObject("timeOff", therapist == null ? List.of() : schedules.timeOffOf(id, clock.instant()));
		page.addObject("zone", zone);
		page.addObject("zones", zones(all));
		page.addObject("profile", forms.profile() != null ? forms.profile()
				: therapist != null ? ProfileForm.of(therapist) : ProfileForm.fresh(people.bioOf(id).orElse("")));
		page.addObject("hoursForm", forms.hours() != null ? forms.hours() : ScheduleForms.Hours.BLANK);
		page.addObject("dayForm", forms.day() != null ? forms.day() : ScheduleForms.Day.BLANK);
		page.addObject("timeOffForm", forms.timeOff() != null ? forms.timeOff() : ScheduleForms.TimeOff.blank(zone));
		page.addObject("errors", errors);
		return page;
	}

	/** Time off is shown and typed on the clock of where the therapist works, else of the practice. */
	private ZoneId timeOffZone(List<WorkingHours> hours, List<Location> all) {
		return hours.stream()
			.flatMap(each -> all.stream().filter(location -> location.id() == each.locationId()))
			.map(Location::zone)
			.findFirst()
			.orElse(all.isEmpty() ? practiceZone : all.get(0).zone());
	}

	private static List<WeeklyAt> weekly(Therapist therapist, List<WorkingHours> hours, List<Location> all, LocalDate today) {
		List<WeeklyAt> weekly = new ArrayList<>();
		for (Location location : all) {
			List<WorkingHours> here = hours.stream().filter(each -> each.locationId() == location.id()).toList();
			if (!here.isEmpty()) {
				weekly.add(new WeeklyAt(location, here, therapist.licensed(location.jurisdiction(), today)));
			}
		}
		return weekly;
	}
}
