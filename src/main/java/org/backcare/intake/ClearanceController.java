package org.backcare.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.backcare.identity.People;
import org.backcare.identity.SignedInAccount;
import org.backcare.platform.AuditLog;
import org.backcare.platform.FormErrors;
import org.backcare.platform.PracticeSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Clearances, for therapists: the consultations whose screening blocks booking, and the form that records who
 * cleared the client, when, and the letter or a note. A blocked client has no therapist of their own yet, so every
 * therapist of the practice sees this queue; every opening of a record is audit-logged.
 */
@Controller
class ClearanceController {

	private static final String HOME = "/therapist/clearances";

	private final SubmittedConsultations submitted;

	private final Clearances clearances;

	private final People people;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClearanceController(SubmittedConsultations submitted, Clearances clearances, People people, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, PracticeSettings practice) {
		this.submitted = submitted;
		this.clearances = clearances;
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.clock = clock.withZone(practice.timeZone());
	}

	/** A row of the queue: the consultation and the client's name. */
	record Row(SubmittedConsultation consultation, String clientName) {
	}

	@GetMapping(HOME)
	ModelAndView queue() {
		var blocking = submitted.blocking();
		var names = people.namesOf(blocking.stream().map(SubmittedConsultation::clientId).toList());
		var rows = blocking.stream().map(consultation -> new Row(consultation, names.get(consultation.clientId()))).toList();
		return new ModelAndView("intake/clearances").addObject("rows", rows);
	}

	@GetMapping(HOME + "/{id}")
	@Transactional
	ModelAndView show(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
		SubmittedConsultation consultation = blocking(id);
		audit.record(me.id().value(), "consultation.viewed", consultation.clientId(), "consultation:" + id);
		return page(consultation, ClearanceForm.BLANK, FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(HOME + "/{id}")
	@Transactional
	ModelAndView record(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, @RequestParam(required = false) String clearedBy,
			@RequestParam(required = false) String clearedOn, @RequestParam(required = false) String note,
			@RequestParam(required = false) MultipartFile letter) throws IOException {
		SubmittedConsultation consultation = blocking(id);
		if (consultation.clearance() != null) {
			return page(consultation, null, FormErrors.none().global("This consultation was cleared already."), HttpStatus.CONFLICT);
		}
		boolean uploaded = letter != null && !letter.isEmpty();
		// Too large a file is not read into memory at all; the form says so.
		var form = new ClearanceForm(clearedBy, clearedOn, note, uploaded ? fileName(letter) : null, uploaded ? letter.getSize() : 0,
				uploaded && letter.getSize() <= ClearanceForm.MAX_LETTER_BYTES ? letter.getBytes() : null);
		FormErrors errors = form.check(LocalDate.now(clock));
		if (!errors.isEmpty()) {
			return page(consultation, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		var clearance = new Clearances.NewClearance(id, consultation.clientId(), form.clearedBy().strip(), form.day(),
				form.trimmedNote(), form.hasLetter() ? new Clearances.Letter(form.letterName(), form.letterType(), form.letter()) : null,
				me.id().value());
		if (!clearances.record(clearance)) {
			return page(blocking(id), null, FormErrors.none().global("Another therapist recorded a clearance for this consultation a moment ago."),
					HttpStatus.CONFLICT);
		}
		audit.record(me.id().value(), "clearance.recorded", consultation.clientId(), "consultation:" + id);
		events.publishEvent(new ClearanceRecorded(id, consultation.clientId()));
		return new ModelAndView("redirect:" + HOME + "/" + id + "?recorded");
	}

	@GetMapping(HOME + "/{id}/letter")
	@Transactional
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
		SubmittedConsultation consultation = blocking(id);
		var letter = clearances.letterOf(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		audit.record(me.id().value(), "clearance-letter.viewed", consultation.clientId(), "consultation:" + id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(letter.type()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(letter.name(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(letter.content());
	}

	private SubmittedConsultation blocking(long id) {
		return submitted.find(id)
			.filter(consultation -> !consultation.screening().allowsBooking())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ModelAndView page(SubmittedConsultation consultation, ClearanceForm form, FormErrors errors, HttpStatus status) {
		var page = new ModelAndView("intake/clearance", status);
		page.addObject("consultation", consultation);
		page.addObject("clientName", people.nameOf(consultation.clientId()));
		page.addObject("recordedBy", consultation.clearance() == null ? null : people.nameOf(consultation.clearance().recordedBy()));
		page.addObject("form", form == null ? ClearanceForm.BLANK : form);
		page.addObject("errors", errors);
		return page;
	}

	/** The uploaded file's own name, without any folder a browser sends along, at most 200 characters. */
	private static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "letter" : file.getOriginalFilename();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		return name.isEmpty() ? "letter" : name.substring(0, Math.min(name.length(), 200));
	}
}
