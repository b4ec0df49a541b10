package org.backcare.sessions;

import java.util.ArrayList;
import java.util.List;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.backcare.therapies.Technique;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The session record page: before (pain, red-flag re-screen), during and after (treatment, body chart, feedback,
 * SOAP note, PSFS), signing, then addenda. Without JavaScript every part works; the body chart's outlines toggle
 * the area checkboxes when it runs. The admin's copy at /admin/sessions is read-only.
 */
@Controller
class SessionRecordController {

	private final SessionRecording recording;

	SessionRecordController(SessionRecording recording) {
		this.recording = recording;
	}

	@GetMapping({ "/therapist/sessions/{bookingId}", "/admin/sessions/{bookingId}" })
	ModelAndView show(@AuthenticationPrincipal SignedInAccount me, @PathVariable long bookingId) {
		return page(me, bookingId, null, FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/therapist/sessions/{bookingId}")
	ModelAndView save(@AuthenticationPrincipal SignedInAccount me, @PathVariable long bookingId,
			@RequestParam MultiValueMap<String, String> fields) {
		RecordForm form = form(fields);
		try {
			recording.save(me, bookingId, form);
			return new ModelAndView("redirect:/therapist/sessions/" + bookingId + "?saved");
		}
		catch (RecordRefused refused) {
			return refused(me, bookingId, refused, form);
		}
	}

	@PostMapping("/therapist/sessions/{bookingId}/signature")
	ModelAndView sign(@AuthenticationPrincipal SignedInAccount me, @PathVariable long bookingId, @RequestParam(required = false) Integer version) {
		try {
			recording.sign(me, bookingId, version);
			return new ModelAndView("redirect:/therapist/sessions/" + bookingId + "?signed");
		}
		catch (RecordRefused refused) {
			return refused(me, bookingId, refused, null);
		}
	}

	@PostMapping("/therapist/sessions/{bookingId}/addenda")
	ModelAndView addendum(@AuthenticationPrincipal SignedInAccount me, @PathVariable long bookingId,
			@RequestParam(required = false) String text) {
		try {
			recording.addAddendum(me, bookingId, text);
			return new ModelAndView("redirect:/therapist/sessions/" + bookingId + "?addendum");
		}
		catch (RecordRefused refused) {
			return refused(me, bookingId, refused, null);
		}
	}

	private ModelAndView refused(SignedInAccount me, long bookingId, RecordRefused refused, RecordForm form) {
		FormErrors errors = refused.kind() == RecordRefused.Kind.INVALID ? refused.errors() : FormErrors.none().global(refused.getMessage());
		// A refused save keeps what was typed; a conflict shows the latest saved record instead (it is what counts now).
		return page(me, bookingId, refused.kind() == RecordRefused.Kind.INVALID ? form : null, errors, refused.status());
	}

	private ModelAndView page(SignedInAccount me, long bookingId, RecordForm typed, FormErrors errors, HttpStatus status) {
		SessionRecording.View view;
		try {
			view = recording.view(me, bookingId);
		}
		catch (RecordRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		RecordForm form = typed != null ? typed : RecordForm.of(view.version(), view.content(), view.psfs());
		return new ModelAndView("sessions/record", status).addObject("view", view)
			.addObject("form", form)
			.addObject("errors", errors)
			.addObject("techniques", techniques(view));
	}

	/** The plan's techniques first, then the others (a therapist mostly uses what the plan proposes). */
	private static List<Technique> techniques(SessionRecording.View view) {
		List<Technique> ordered = new ArrayList<>();
		if (view.approved() != null) {
			view.approved().plan().techniques().forEach(proposed -> ordered.add(proposed.technique()));
		}
		for (Technique technique : Technique.values()) {
			if (!ordered.contains(technique)) {
				ordered.add(technique);
			}
		}
		return ordered;
	}

	private static RecordForm form(MultiValueMap<String, String> fields) {
		List<RecordForm.FeedbackForm> feedback = new ArrayList<>();
		for (Technique technique : Technique.values()) {
			String prefix = "feedback." + technique.name() + ".";
			feedback.add(new RecordForm.FeedbackForm(technique.name(), fields.getFirst(prefix + "pressure"),
					fields.containsKey(prefix + "painDuring"), fields.containsKey(prefix + "radiating")));
		}
		return new RecordForm(fields.getFirst("version"), fields.getFirst("painBefore"), fields.getFirst("painAfter"),
				fields.get("flags"), fields.get("techniques"), fields.getFirst("pressure"), fields.get("positions"),
				fields.get("areas"), feedback, fields.getFirst("subjective"), fields.getFirst("objective"),
				fields.getFirst("assessment"), fields.getFirst("plan"), fields.get("psfsActivity"), fields.get("psfsRating"));
	}
}
