package org.backcare.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.backcare.careplans.PlanProgress;
import org.backcare.platform.AuditLog;
import org.backcare.platform.FormErrors;
import org.backcare.platform.Throttle;
import org.backcare.scheduling.BookedSession;
import org.backcare.scheduling.BookedSessions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The check-in page a client opens from the email, without signing in: the link's token is the only key, and it
 * opens one session's check-in and nothing else. The page names only the session's time and the therapist's
 * first name, so a forwarded link tells a stranger nothing about the client.
 */
@Controller
class CheckInController {

	static final String PATH = "/check-in/";

	// Generous for a household behind one address, tight for anyone scripting answers.
	private static final Throttle.Limit ANSWERS_PER_IP = new Throttle.Limit(30, Duration.ofHours(1));

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm zzz",
			Locale.ENGLISH);

	private final CheckIns checkIns;

	private final CheckInAnswering answering;

	private final BookedSessions sessions;

	private final PlanProgress progress;

	private final AuditLog audit;

	private final Throttle throttle;

	private final Clock clock;

	CheckInController(CheckIns checkIns, CheckInAnswering answering, BookedSessions sessions, PlanProgress progress,
			AuditLog audit, Throttle throttle, Clock clock) {
		this.checkIns = checkIns;
		this.answering = answering;
		this.sessions = sessions;
		this.progress = progress;
		this.audit = audit;
		this.throttle = throttle;
		this.clock = clock;
	}

	@GetMapping(PATH + "{token}")
	ModelAndView form(@PathVariable String token) {
		CheckIns.CheckIn checkIn = open(token);
		if (checkIn.answers() == null) {
			return page(token, checkIn, CheckInForm.empty(), FormErrors.none(), HttpStatus.OK);
		}
		audit.record(checkIn.clientId(), "check-in.viewed", checkIn.clientId(), "check-in:" + checkIn.bookingId());
		return page(token, checkIn, CheckInForm.of(checkIn.answers()), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(PATH + "{token}")
	ModelAndView answer(@PathVariable String token, @ModelAttribute CheckInForm form, HttpServletRequest request) {
		CheckIns.CheckIn checkIn = open(token);
		String ip = "check-in:ip:" + request.getRemoteAddr();
		if (throttle.waitFor(ANSWERS_PER_IP, ip).isPresent()) {
			return page(token, checkIn, form,
					FormErrors.none().global("We have received many answers from your network. Please try again in an hour."),
					HttpStatus.TOO_MANY_REQUESTS);
		}
		throttle.record(ip);
		FormErrors errors = form.check();
		if (!errors.isEmpty()) {
			return page(token, checkIn, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		answering.answer(token, form.answers());
		return new ModelAndView("redirect:" + PATH + token + "/thanks");
	}

	@GetMapping(PATH + "{token}/thanks")
	ModelAndView thanks(@PathVariable String token) {
		CheckIns.CheckIn checkIn = open(token);
		if (checkIn.answers() == null) {
			return new ModelAndView("redirect:" + PATH + token);
		}
		Set<CheckInConcern> concerns = CheckInConcern.in(checkIn.answers(), checkIn.painBefore());
		boolean paused = progress.of(checkIn.clientId())
			.filter(plan -> plan.state() == PlanProgress.State.PAUSED)
			.isPresent();
		return new ModelAndView("sessions/check-in-thanks").addObject("worrying", !concerns.isEmpty())
			.addObject("neurological", CheckInConcern.neurological(concerns))
			.addObject("planPaused", paused)
			.addObject("therapist", firstName(session(checkIn)))
			.addObject("again", PATH + token);
	}

	@ExceptionHandler
	ModelAndView unavailable(CheckInUnavailable problem) {
		return new ModelAndView("sessions/check-in-unavailable", problem.status);
	}

	private CheckIns.CheckIn open(String token) {
		return CheckInUnavailable.open(checkIns.withToken(token), clock.instant());
	}

	private ModelAndView page(String token, CheckIns.CheckIn checkIn, CheckInForm form, FormErrors errors,
			HttpStatus status) {
		BookedSession session = session(checkIn);
		return new ModelAndView("sessions/check-in", status).addObject("action", PATH + token)
			.addObject("when", WHEN.format(session.startsAt().atZone(session.zone())))
			.addObject("therapist", firstName(session))
			.addObject("answered", checkIn.answers() != null)
			.addObject("form", form)
			.addObject("durations", SorenessDuration.values())
			.addObject("errors", errors);
	}

	private BookedSession session(CheckIns.CheckIn checkIn) {
		return sessions.withId(checkIn.bookingId()).orElseThrow();
	}

	/** The page and the email name the therapist by first name only. */
	static String firstName(BookedSession session) {
		String name = session.therapistName() == null ? "" : session.therapistName().strip();
		return name.isEmpty() ? "your therapist" : name.split("\\s+")[0];
	}
}
