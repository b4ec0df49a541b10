package org.backcare.scheduling;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.PublicLinks;
import org.backcare.scheduling.CalendarFeeds.Audience;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a client (under /account) or a therapist (under /therapist) creates, replaces and revokes the secret
 * address of their calendar feed. The address is shown once, after the redirect, so a reload cannot make another.
 */
@Controller
class CalendarFeedController {

	static final String CLIENT_PAGE = "/account/calendar-feed";

	static final String THERAPIST_PAGE = "/therapist/calendar-feed";

	private final CalendarFeeds feeds;

	private final PublicLinks links;

	CalendarFeedController(CalendarFeeds feeds, PublicLinks links) {
		this.feeds = feeds;
		this.links = links;
	}

	@GetMapping(CLIENT_PAGE)
	ModelAndView clientFeed(@AuthenticationPrincipal SignedInAccount me) {
		return page(me, Audience.CLIENT, HttpStatus.OK);
	}

	@GetMapping(THERAPIST_PAGE)
	ModelAndView therapistFeed(@AuthenticationPrincipal SignedInAccount me) {
		return page(me, Audience.THERAPIST, HttpStatus.OK);
	}

	@PostMapping(CLIENT_PAGE)
	ModelAndView createClientFeed(@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		return create(me, Audience.CLIENT, redirect);
	}

	@PostMapping(THERAPIST_PAGE)
	ModelAndView createTherapistFeed(@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		return create(me, Audience.THERAPIST, redirect);
	}

	@PostMapping(CLIENT_PAGE + "/revoke")
	String revokeClientFeed(@AuthenticationPrincipal SignedInAccount me) {
		return revoke(me, Audience.CLIENT);
	}

	@PostMapping(THERAPIST_PAGE + "/revoke")
	String revokeTherapistFeed(@AuthenticationPrincipal SignedInAccount me) {
		return revoke(me, Audience.THERAPIST);
	}

	private ModelAndView create(SignedInAccount me, Audience audience, RedirectAttributes redirect) {
		String token;
		try {
			token = feeds.replace(me.id().value(), audience);
		}
		catch (DuplicateKeyException twice) {
			// Another tab made a new address at the same moment; that one stands.
			return page(me, audience, HttpStatus.CONFLICT).addObject("conflict", true);
		}
		redirect.addFlashAttribute("newAddress", links.to("/calendar/" + token + ".ics"));
		return new ModelAndView("redirect:" + pathOf(audience));
	}

	private String revoke(SignedInAccount me, Audience audience) {
		if (!feeds.revoke(me.id().value(), audience)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + pathOf(audience) + "?revoked";
	}

	private ModelAndView page(SignedInAccount me, Audience audience, HttpStatus status) {
		return new ModelAndView("scheduling/calendar-feed", status).addObject("audience", audience)
			.addObject("path", pathOf(audience))
			.addObject("feed", feeds.live(me.id().value(), audience).orElse(null));
	}

	private static String pathOf(Audience audience) {
		return audience == Audience.CLIENT ? CLIENT_PAGE : THERAPIST_PAGE;
	}
}
