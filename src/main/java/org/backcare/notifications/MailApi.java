package org.backcare.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mailbox for API clients (and end-to-end tests): what BackCare wrote to an address. */
@RestController
@Tag(name = "Admin")
class MailApi {

	static final int LIMIT = 100;

	record Mail(long id, String to, String subject, Map<String, String> headers, String text, String html,
			List<Attachment> attachments, String status, Instant scheduledFor, int attempts, String lastError,
			Instant createdAt, Instant sentAt, Instant cancelledAt) {

		static Mail of(Outbox.Entry entry) {
			return new Mail(entry.id(), entry.to(), entry.subject(), entry.headers(), entry.text(), entry.html(),
					entry.attachments(), entry.status().name(),
					entry.scheduled() ? entry.nextAttemptAt() : null, entry.attempts(), entry.lastError(),
					entry.createdAt(), entry.sentAt(), entry.cancelledAt());
		}
	}

	private final Outbox outbox;

	MailApi(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/v1/admin/mail")
	@Operation(summary = "Emails to an address, newest first",
			description = "The " + LIMIT + " newest messages in the outbox for this address (in any case), sent or "
					+ "not, with their text and HTML bodies, attachments and delivery status (PENDING, SENT, FAILED or "
					+ "CANCELLED; scheduledFor is when a message written for later, such as a reminder, is due).")
	List<Mail> to(@Parameter(description = "the recipient's email address") @RequestParam("to") String to) {
		return outbox.addressedTo(to.strip(), LIMIT).stream().map(Mail::of).toList();
	}
}
