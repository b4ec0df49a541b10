package org.backcare.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.backcare.platform.PracticeSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The practice's therapists as visitors meet them: photo, bio, training, and the credentials they practise under
 * (titles and where they are valid; licence numbers stay on the admin pages).
 */
@Controller
class TherapistsController {

	private final Therapists therapists;

	private final Clock clock;

	TherapistsController(Therapists therapists, Clock clock, PracticeSettings practice) {
		this.therapists = therapists;
		this.clock = clock.withZone(practice.timeZone());
	}

	@GetMapping("/therapists")
	ModelAndView therapists() {
		return new ModelAndView("scheduling/therapists").addObject("therapists", therapists.active()).addObject("today", LocalDate.now(clock));
	}

	/** An active therapist's photo for anyone; one who left the practice only for its admins. */
	@GetMapping("/therapists/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable long id, HttpServletRequest request) {
		boolean shown = request.isUserInRole("ADMIN") || therapists.find(id).map(Therapist::active).orElse(false);
		var photo = therapists.photoOf(id).filter(found -> shown).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.type()))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
			.body(photo.content());
	}
}
