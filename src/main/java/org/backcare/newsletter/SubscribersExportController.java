package org.backcare.newsletter;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.backcare.identity.SignedInAccount;
import org.backcare.platform.AuditLog;
import org.backcare.platform.PracticeSettings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The download of confirmed subscribers, for the practice's own records or a move to another mail service. */
@Controller
class SubscribersExportController {

	private final ConfirmedSubscribersCsv csv;

	private final AuditLog audit;

	private final PracticeSettings practice;

	private final Clock clock;

	SubscribersExportController(ConfirmedSubscribersCsv csv, AuditLog audit, PracticeSettings practice, Clock clock) {
		this.csv = csv;
		this.audit = audit;
		this.practice = practice;
		this.clock = clock;
	}

	@GetMapping("/admin/newsletter/subscribers.csv")
	void export(@AuthenticationPrincipal SignedInAccount me, HttpServletResponse response) throws IOException {
		// logged before the first byte, in its own statement: a download broken off half-way was still a look at the list
		audit.record(me.id().value(), "newsletter-subscribers.exported", "newsletter-subscribers:confirmed.csv");
		String filename = "backcare-newsletter-confirmed-" + LocalDate.now(clock.withZone(practice.timeZone())) + ".csv";
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		var out = response.getWriter();
		csv.writeTo(out);
		out.flush();
	}
}
