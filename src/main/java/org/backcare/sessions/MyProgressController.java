package org.backcare.sessions;

import java.time.Clock;
import java.time.Instant;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.AuditLog;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The client's own progress: the responder badge, where the plan stands, the charts, the sessions, the report. */
@Controller
class MyProgressController {

	private final Progress progress;

	private final ProgressAccess access;

	private final ProgressReport report;

	private final AuditLog audit;

	private final Clock clock;

	MyProgressController(Progress progress, ProgressAccess access, ProgressReport report, AuditLog audit, Clock clock) {
		this.progress = progress;
		this.access = access;
		this.report = report;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/account/progress")
	@Transactional
	ModelAndView page(@AuthenticationPrincipal SignedInAccount me) {
		long client = access.own(me);
		audit.record(client, "progress.viewed", client, "progress:" + client);
		return new ModelAndView("sessions/my-progress").addObject("progress", progress.of(client));
	}

	@GetMapping("/account/progress/report.pdf")
	@Transactional
	ResponseEntity<byte[]> report(@AuthenticationPrincipal SignedInAccount me) {
		long client = access.own(me);
		audit.record(client, "progress-report.downloaded", client, "progress:" + client);
		return ProgressDownload.of(report, progress.of(client), Instant.now(clock));
	}
}
