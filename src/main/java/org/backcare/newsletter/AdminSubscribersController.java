package org.backcare.newsletter;

import java.util.Arrays;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The newsletter's subscribers for the admin: a tab per status with its count, a search and 50 to a page. */
@Controller
class AdminSubscribersController {

	private final SubscriberListing listing;

	AdminSubscribersController(SubscriberListing listing) {
		this.listing = listing;
	}

	@GetMapping(SubscriberFilter.PATH)
	ModelAndView list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "1") int page) {
		Map<SubscriberStatus, Integer> counts = listing.counts(new SubscriberFilter(null, q, 1).search());
		SubscriberStatus shown = status(status);
		int everyone = counts.values().stream().mapToInt(Integer::intValue).sum();
		int total = shown == null ? everyone : counts.get(shown);
		int pages = Math.max(1, (total + SubscriberFilter.PAGE_SIZE - 1) / SubscriberFilter.PAGE_SIZE);
		var filter = new SubscriberFilter(shown, q, Math.min(page, pages));
		return new ModelAndView("newsletter/admin-subscribers")
			.addObject("filter", filter)
			.addObject("counts", counts)
			.addObject("everyone", everyone)
			.addObject("pages", pages)
			.addObject("subscribers", listing.page(filter));
	}

	private static SubscriberStatus status(String slug) {
		if (slug.isBlank()) {
			return null;
		}
		return Arrays.stream(SubscriberStatus.values())
			.filter(candidate -> candidate.name().equalsIgnoreCase(slug.strip()))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
