package org.backcare.shop;

import java.util.HashMap;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where the shop ships, and where age-restricted products may go. */
@Controller
class AdminDestinationsController {

	private static final String HOME = "/admin/shop/destinations";

	private final ShippingDestinations destinations;

	AdminDestinationsController(ShippingDestinations destinations) {
		this.destinations = destinations;
	}

	@GetMapping(HOME)
	ModelAndView list() {
		return page(DestinationForm.blank(), FormErrors.none(), HttpStatus.OK);
	}

	/** Adds a country, or changes one already listed (same code). */
	@PostMapping(HOME)
	ModelAndView save(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute("form") DestinationForm form,
			RedirectAttributes redirect) {
		var errors = form.errors();
		if (!errors.isEmpty()) {
			return page(form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		destinations.save(form.code(), form.name().strip(), form.allows(), me.id().value());
		redirect.addFlashAttribute("saved", "Saved " + form.name().strip() + " (" + form.code() + ").");
		return new ModelAndView("redirect:" + HOME);
	}

	@PostMapping(HOME + "/{country}/remove")
	ModelAndView remove(@AuthenticationPrincipal SignedInAccount me, @PathVariable String country,
			RedirectAttributes redirect) {
		if (destinations.remove(country, me.id().value())) {
			redirect.addFlashAttribute("saved", "The shop no longer ships to " + country + ".");
		}
		else {
			redirect.addFlashAttribute("problem", country + " has orders, so it stays in the list: their addresses need it.");
		}
		return new ModelAndView("redirect:" + HOME);
	}

	private ModelAndView page(DestinationForm form, FormErrors errors, HttpStatus status) {
		var model = new HashMap<String, Object>();
		model.put("destinations", destinations.all());
		model.put("form", form);
		model.put("errors", errors);
		return new ModelAndView("shop/admin-destinations", model, status);
	}
}
