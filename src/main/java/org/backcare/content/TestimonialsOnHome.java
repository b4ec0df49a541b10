package org.backcare.content;

import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.backcare.platform.HomeSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Up to three approved testimonials on the home page; nothing at all while there are none. */
@Component
@Order(50)
class TestimonialsOnHome implements HomeSection {

	static final int SHOWN = 3;

	private final Testimonials testimonials;

	private final TemplateEngine templates;

	TestimonialsOnHome(Testimonials testimonials, TemplateEngine templates) {
		this.testimonials = testimonials;
		this.templates = templates;
	}

	@Override
	public Content content() {
		List<Testimonials.Published> shown = testimonials.approved(SHOWN);
		if (shown.isEmpty()) {
			return output -> {
			};
		}
		return output -> templates.render("content/home-testimonials.jte", Map.of("testimonials", shown), output);
	}
}
