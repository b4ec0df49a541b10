package org.backcare.newsletter;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practice writes, edits and retires the tips that open each digest. */
@Controller
class AdminTipsController {

	static final String HOME = "/admin/newsletter/tips";

	private final Tips tips;

	private final Clock clock;

	AdminTipsController(Tips tips, Clock clock) {
		this.tips = tips;
		this.clock = clock;
	}

	@GetMapping(HOME)
	ModelAndView list() {
		return new ModelAndView("newsletter/admin-tips", Map.of("tips", tips.all()));
	}

	@GetMapping(HOME + "/new")
	ModelAndView newTip() {
		return form(null, TipForm.blank(), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(HOME + "/new")
	ModelAndView add(@ModelAttribute("form") TipForm form, RedirectAttributes redirect) {
		var errors = form.errors(false);
		if (!errors.isEmpty()) {
			return form(null, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		// Another tip may have the title's slug already: then the first free -2, -3, ... is the new one's.
		String slug = form.slug();
		for (int n = 2; !tips.addIfNew(slug, form.text()); n++) {
			slug = form.slug() + "-" + n;
		}
		redirect.addFlashAttribute("saved", "Added “" + form.text().title() + "” at the end of the cycle.");
		return new ModelAndView("redirect:" + HOME);
	}

	@GetMapping(HOME + "/{id}")
	ModelAndView edit(@PathVariable long id) {
		Tip tip = existing(id);
		return form(tip, TipForm.of(tip), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(HOME + "/{id}")
	ModelAndView change(@PathVariable long id, @ModelAttribute("form") TipForm form, RedirectAttributes redirect) {
		Tip tip = existing(id);
		var errors = form.errors(true);
		if (!errors.isEmpty()) {
			return form(tip, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (!tips.change(tip.id(), form.text(), form.positionNumber(), clock.instant())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("saved", "Saved “" + form.text().title() + "”.");
		return new ModelAndView("redirect:" + HOME);
	}

	@PostMapping(HOME + "/{id}/retire")
	ModelAndView retire(@PathVariable long id, RedirectAttributes redirect) {
		Tip tip = existing(id);
		tips.retire(tip.id(), clock.instant());
		redirect.addFlashAttribute("saved", "Retired “" + tip.title() + "”: digests no longer send it.");
		return new ModelAndView("redirect:" + HOME);
	}

	@PostMapping(HOME + "/{id}/restore")
	ModelAndView restore(@PathVariable long id, RedirectAttributes redirect) {
		Tip tip = existing(id);
		tips.retire(tip.id(), null);
		redirect.addFlashAttribute("saved", "Restored “" + tip.title() + "” to the cycle.");
		return new ModelAndView("redirect:" + HOME);
	}

	private Tip existing(long id) {
		return tips.withId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ModelAndView form(Tip tip, TipForm form, FormErrors errors, HttpStatus status) {
		var model = new HashMap<String, Object>();
		model.put("tip", tip);
		model.put("form", form);
		model.put("errors", errors);
		return new ModelAndView("newsletter/admin-tip", model, status);
	}
}
