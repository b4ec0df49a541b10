package org.backcare.notifications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backcare.platform.LinkedText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The admin mailbox: every email in the outbox, so the demo works without an SMTP server and nothing is lost. */
@Controller
class MailboxController {

	static final int PAGE_SIZE = 50;

	// The body was written by our templates, yet it is shown as its own document: no scripts, no outside content.
	static final String HTML_BODY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "frame-ancestors 'self'; sandbox";

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> senders;

	private final MailSettings settings;

	MailboxController(Outbox outbox, ObjectProvider<JavaMailSender> senders, MailSettings settings) {
		this.outbox = outbox;
		this.senders = senders;
		this.settings = settings;
	}

	@GetMapping("/admin/mail")
	ModelAndView mailbox(@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "0") int page) {
		String filter = to.strip();
		int number = Math.max(page, 0);
		List<Outbox.Entry> found = outbox.latest(filter, (long) number * PAGE_SIZE, PAGE_SIZE + 1);
		Map<String, Object> model = new HashMap<>();
		model.put("to", filter);
		model.put("entries", found.subList(0, Math.min(found.size(), PAGE_SIZE)));
		model.put("pageNumber", number + 1);
		model.put("newer", number > 0 ? href(filter, number - 1) : null);
		model.put("older", found.size() > PAGE_SIZE ? href(filter, number + 1) : null);
		model.put("smtpConfigured", senders.getIfAvailable() != null);
		return new ModelAndView("notifications/mailbox", model);
	}

	@GetMapping("/admin/mail/{id}")
	ModelAndView message(@PathVariable long id) {
		Outbox.Entry entry = entry(id);
		return new ModelAndView("notifications/mailbox-message",
				Map.of("entry", entry, "from", settings.from(), "text", LinkedText.of(entry.text())));
	}

	@GetMapping("/admin/mail/{id}/html")
	ResponseEntity<String> html(@PathVariable long id) {
		String html = entry(id).html();
		if (html == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", HTML_BODY_POLICY)
			.body(html);
	}

	/** An attachment as the recipient gets it, to save or open; never shown inline in our pages. */
	@GetMapping("/admin/mail/{id}/attachments/{index}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable int index) {
		var attachments = entry(id).attachments();
		if (index < 0 || index >= attachments.size()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Attachment attachment = attachments.get(index);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename(attachment.filename(), StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(attachment.content().getBytes(StandardCharsets.UTF_8));
	}

	private Outbox.Entry entry(long id) {
		return outbox.withId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String href(String to, int page) {
		String query = to.isEmpty() ? "" : "to=" + URLEncoder.encode(to, StandardCharsets.UTF_8) + "&";
		return page == 0 && to.isEmpty() ? "/admin/mail" : "/admin/mail?" + query + "page=" + page;
	}
}
