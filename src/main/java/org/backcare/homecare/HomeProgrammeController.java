package org.backcare.homecare;

import java.util.Map;

import org.backcare.identity.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The signed-in client's home programme: what their plan assigned, ticked off day by day, and their streak. */
@Controller
class HomeProgrammeController {

	private static final String PAGE = "/account/home-programme";

	private final HomeProgramme programme;

	HomeProgrammeController(HomeProgramme programme) {
		this.programme = programme;
	}

	@GetMapping(PAGE)
	ModelAndView programme(@AuthenticationPrincipal SignedInAccount me) {
		long client = me.id().value();
		return new ModelAndView("homecare/programme", Map.of("programme", programme.of(client, client)));
	}

	@PostMapping(PAGE + "/{slug}/done")
	String done(@AuthenticationPrincipal SignedInAccount me, @PathVariable String slug) {
		return backTo(slug, programme.tick(me.id().value(), me.id().value(), slug));
	}

	@PostMapping(PAGE + "/{slug}/undo")
	String undo(@AuthenticationPrincipal SignedInAccount me, @PathVariable String slug) {
		return backTo(slug, programme.untick(me.id().value(), me.id().value(), slug));
	}

	/** Back to the item on the page, so keyboard users carry on from where they were. */
	private static String backTo(String slug, boolean found) {
		if (!found) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + PAGE + "#item-" + slug;
	}
}
