package org.backcare.content;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.backcare.identity.People;
import org.backcare.identity.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Testimonials by status; the admin approves or rejects each one, with the client's consent in view. */
@Controller
class AdminTestimonialsController {

	private static final String PATH = "/admin/testimonials";

	private static final int SHOWN = 100;

	private final ClientTestimonials testimonials;

	private final TestimonialReview review;

	private final People people;

	AdminTestimonialsController(ClientTestimonials testimonials, TestimonialReview review, People people) {
		this.testimonials = testimonials;
		this.review = review;
		this.people = people;
	}

	@GetMapping(PATH)
	ModelAndView list(@RequestParam(defaultValue = "pending") String status) {
		TestimonialStatus shown = Arrays.stream(TestimonialStatus.values())
			.filter(candidate -> candidate.slug().equals(status))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<TestimonialStatus, Integer> counts = new LinkedHashMap<>();
		Arrays.stream(TestimonialStatus.values()).forEach(tab -> counts.put(tab, testimonials.countWithStatus(tab)));
		var list = testimonials.withStatus(shown, SHOWN);
		var view = new ModelAndView("content/admin-testimonials");
		view.addObject("status", shown);
		view.addObject("counts", counts);
		view.addObject("testimonials", list);
		view.addObject("clients", people.namesOf(list.stream()
			.map(Testimonial::accountId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList()));
		return view;
	}

	@PostMapping(PATH + "/{id}/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		return decide(id, true, me, redirect);
	}

	@PostMapping(PATH + "/{id}/reject")
	String reject(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		return decide(id, false, me, redirect);
	}

	private String decide(long id, boolean approve, SignedInAccount me, RedirectAttributes redirect) {
		Testimonial testimonial = testimonials.withId(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean moved = review.decide(testimonial, approve, me.id().value());
		redirect.addFlashAttribute("done", !moved
				? "That testimonial was changed meanwhile (perhaps withdrawn by the client); nothing was changed."
				: approve ? "Published the testimonial by " + testimonial.displayName() + "."
						: "The testimonial by " + testimonial.displayName() + " is not published.");
		return "redirect:" + PATH + "?status=" + testimonial.status().slug();
	}
}
