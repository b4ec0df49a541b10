package org.backcare.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backcare.platform.PracticeSettings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person's copy of everything BackCare holds about them, as JSON: from the API, or downloaded from their account page. */
@RestController
@Tag(name = "Your data")
class DataExportController {

	private final ClientData data;

	private final Clock clock;

	DataExportController(ClientData data, Clock clock, PracticeSettings practice) {
		this.data = data;
		this.clock = clock.withZone(practice.timeZone());
	}

	@GetMapping(path = "/api/v1/me/export", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Everything BackCare holds about the token's owner: account, consultations, plans, bookings, sessions, emails")
	ResponseEntity<Map<String, Object>> api(@AuthenticationPrincipal SignedInAccount me) {
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(data.export(me.id().value(), me.id()));
	}

	@GetMapping("/account/export")
	ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal SignedInAccount me) {
		String name = "backcare-my-data-" + LocalDate.now(clock) + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(data.export(me.id().value(), me.id()));
	}
}
