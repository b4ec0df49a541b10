package org.backcare.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backcare.identity.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** A booked session's record for apps: read, save over a version, sign, add addenda. The page uses the same use cases. */
@RestController
@Tag(name = "Session records")
class SessionRecordApi {

	private final SessionRecording recording;

	private final RecordReading reading;

	SessionRecordApi(SessionRecording recording, RecordReading reading) {
		this.recording = recording;
		this.reading = reading;
	}

	@GetMapping("/api/v1/sessions/{bookingId}/record")
	@Operation(summary = "The session's record: its therapist or an admin (404 for anyone else, or before its first save)")
	ResponseEntity<?> get(@AuthenticationPrincipal SignedInAccount me, @PathVariable long bookingId) {
		try {
			return ResponseEntity.ok(reading.response(recording.read(me, bookingId)));
		}
		catch (RecordRefused refused) {
			return problem(me, bookingId, refused);
		}
	}

	@PutMapping("/api/v1/sessions/{bookingId}/record")
	@Operation(summary = "Save the record over the version read (0 for a new one): 409 when signed or saved meanwhile (with the latest), 422 for bad values")
	ResponseEntity<?> put(@AuthenticationPrincipal SignedInAccount me, @PathVariable long bookingId, @RequestBody JsonNode body) {
		try {
			return ResponseEntity.ok(reading.response(recording.save(me, bookingId, form(body))));
		}
		catch (RecordRefused refused) {
			return problem(me, bookingId, refused);
		}
	}

	@PostMapping("/api/v1/sessions/{bookingId}/record/signature")
	@Operation(summary = "Sign the record (optionally only at {version}): it is locked for good; 409 when signed already or changed meanwhile")
	ResponseEntity<?> sign(@AuthenticationPrincipal SignedInAccount me, @PathVariable long bookingId,
			@RequestBody(required = false) JsonNode body) {
		try {
			JsonNode version = body == null ? null : body.get("version");
			if (version != null && !version.isNull() && !version.isInt()) {
				throw RecordRefused.invalid(org.backcare.platform.FormErrors.none().field("version", "The version is a whole number."));
			}
			return ResponseEntity.ok(reading.response(recording.sign(me, bookingId,
					version == null || version.isNull() ? null : version.asInt())));
		}
		catch (RecordRefused refused) {
			return problem(me, bookingId, refused);
		}
	}

	@PostMapping("/api/v1/sessions/{bookingId}/record/addenda")
	@Operation(summary = "Add a dated addendum {text} to a signed record (409 while unsigned, 422 when empty or too long)")
	ResponseEntity<?> addendum(@AuthenticationPrincipal SignedInAccount me, @PathVariable long bookingId,
			@RequestBody JsonNode body) {
		try {
			var added = recording.addAddendum(me, bookingId, text(body, "text"));
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(new RecordResponse.AddendumResponse(added.id(), added.authorId(), me.displayName(), added.text(), added.createdAt()));
		}
		catch (RecordRefused refused) {
			return problem(me, bookingId, refused);
		}
	}

	private ResponseEntity<ProblemDetail> problem(SignedInAccount me, long bookingId, RecordRefused refused) {
		var problem = ProblemDetail.forStatusAndDetail(refused.status(), refused.getMessage());
		problem.setTitle(switch (refused.kind()) {
			case NOT_FOUND -> "Not found";
			case SIGNED -> "Signed";
			case STALE -> "Changed meanwhile";
			case NOT_READY -> "Not ready";
			case INVALID -> "Invalid request";
		});
		if (refused.kind() == RecordRefused.Kind.INVALID) {
			problem.setProperty("fieldErrors", refused.errors()
				.byField()
				.entrySet()
				.stream()
				.map(error -> Map.of("field", error.getKey(), "message", error.getValue()))
				.toList());
		}
		if (refused.kind() == RecordRefused.Kind.SIGNED || refused.kind() == RecordRefused.Kind.STALE) {
			problem.setProperty("latest", reading.response(recording.read(me, bookingId)));
		}
		return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static RecordForm form(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw RecordRefused.invalid(org.backcare.platform.FormErrors.none().field("body", "Send the record as a JSON object."));
		}
		List<RecordForm.FeedbackForm> feedback = new ArrayList<>();
		for (JsonNode item : body.path("feedback")) {
			feedback.add(new RecordForm.FeedbackForm(text(item, "technique"), text(item, "pressure"),
					item.path("painDuring").asBoolean(false), item.path("radiating").asBoolean(false)));
		}
		JsonNode psfs = body.path("psfs");
		return new RecordForm(text(body, "version"), text(body, "painBefore"), text(body, "painAfter"), texts(body.get("flags")),
				texts(body.get("techniques")), text(body, "pressure"), texts(body.get("positions")), texts(body.get("areas")),
				feedback, text(body, "subjective"), text(body, "objective"), text(body, "assessment"), text(body, "plan"),
				texts(psfs.get("activities")), texts(psfs.get("ratings")));
	}

	private static String text(JsonNode body, String field) {
		JsonNode value = body == null ? null : body.get(field);
		return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : "?";
	}

	private static List<String> texts(JsonNode values) {
		if (values == null || values.isNull()) {
			return List.of();
		}
		if (!values.isArray()) {
			return List.of(values.isValueNode() ? values.asString() : "?");
		}
		List<String> texts = new ArrayList<>();
		values.forEach(value -> texts.add(value.isValueNode() && !value.isNull() ? value.asString() : "?"));
		return texts;
	}
}
