package org.backcare.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.backcare.platform.PracticeSettings;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How often digests go out and at what time of day, in the practice's time zone. */
@Controller
class AdminScheduleController {

	static final String PATH = "/admin/newsletter/schedule";

	private final SendSchedule schedule;

	private final SendRuns runs;

	private final PracticeSettings practice;

	private final Clock clock;

	AdminScheduleController(SendSchedule schedule, SendRuns runs, PracticeSettings practice, Clock clock) {
		this.schedule = schedule;
		this.runs = runs;
		this.practice = practice;
		this.clock = clock;
	}

	@GetMapping(PATH)
	ModelAndView show() {
		Schedule current = schedule.current();
		return page(current, ScheduleForm.of(current), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(PATH)
	ModelAndView change(@ModelAttribute ScheduleForm form, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		var errors = form.errors();
		if (!errors.isEmpty()) {
			return page(schedule.current(), form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		schedule.change(form.days(), form.time(), form.isEnabled(), me.displayName());
		redirect.addFlashAttribute("saved", "Saved the send schedule.");
		return new ModelAndView("redirect:" + PATH);
	}

	private ModelAndView page(Schedule current, ScheduleForm form, FormErrors errors, HttpStatus status) {
		Instant now = clock.instant();
		var zone = practice.timeZone();
		ZonedDateTime next = current.nextSend(now, zone, runs.startedFor(now.atZone(zone).toLocalDate()));
		Map<String, Object> model = new HashMap<>();
		model.put("schedule", current);
		model.put("form", form);
		model.put("errors", errors);
		model.put("zone", zone);
		model.put("nextSend", next == null ? null : next.toInstant());
		return new ModelAndView("newsletter/admin-schedule", model, status);
	}
}
