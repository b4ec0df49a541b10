package org.backcare.reports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/** The practice outcome report for admins (/admin/** is theirs alone): the page and the same figures as CSV. */
@Controller
class OutcomesController {

	private final PracticeOutcomes outcomes;

	private final Clock clock;

	OutcomesController(PracticeOutcomes outcomes, Clock clock) {
		this.outcomes = outcomes;
		this.clock = clock;
	}

	@GetMapping("/admin/outcomes")
	ModelAndView show(@ModelAttribute OutcomeForm typed, @AuthenticationPrincipal SignedInAccount me) {
		OutcomeForm form = typed.blank() ? OutcomeForm.of(ReportPeriod.lastYear(today())) : typed;
		FormErrors errors = form.check();
		if (!errors.isEmpty()) {
			return page(form, errors, null, HttpStatus.BAD_REQUEST);
		}
		return page(form, errors, outcomes.read(me.id().value(), form.period(), "outcomes.viewed"), HttpStatus.OK);
	}

	@GetMapping("/admin/outcomes.csv")
	ResponseEntity<String> csv(@ModelAttribute OutcomeForm typed, @AuthenticationPrincipal SignedInAccount me) {
		OutcomeForm form = typed.blank() ? OutcomeForm.of(ReportPeriod.lastYear(today())) : typed;
		FormErrors errors = form.check();
		if (!errors.isEmpty()) {
			return ResponseEntity.badRequest()
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body(String.join("\n", errors.byField().values()) + "\n");
		}
		ReportPeriod period = form.period();
		OutcomeReport report = outcomes.read(me.id().value(), period, "outcomes.downloaded");
		String name = "backcare-outcomes-" + period.from() + "-to-" + period.to() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(OutcomesCsv.of(report));
	}

	private ModelAndView page(OutcomeForm form, FormErrors errors, OutcomeReport report, HttpStatus status) {
		return new ModelAndView("reports/outcomes", status).addObject("form", form)
			.addObject("errors", errors)
			.addObject("report", report);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(outcomes.zone()));
	}
}
