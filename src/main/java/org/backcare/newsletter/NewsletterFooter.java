package org.backcare.newsletter;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.backcare.platform.FooterSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The compact sign-up form in the footer of every page. */
@Component
@Order(10)
class NewsletterFooter implements FooterSection {

	private final TemplateEngine templates;

	NewsletterFooter(TemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	public Content content() {
		return output -> templates.render("newsletter/footer.jte",
				Map.of("signUp", SignUpRequest.blank(SignUpForm.FOOTER, "")), output);
	}
}
