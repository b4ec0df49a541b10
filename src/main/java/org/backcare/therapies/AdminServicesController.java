package org.backcare.therapies;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practice decides which services it offers, for how long and at what price. */
@Controller
class AdminServicesController {

	private final Catalogue catalogue;

	private final TherapiesSettings settings;

	AdminServicesController(Catalogue catalogue, TherapiesSettings settings) {
		this.catalogue = catalogue;
		this.settings = settings;
	}

	@GetMapping("/admin/services")
	ModelAndView services() {
		return new ModelAndView("therapies/admin-services",
				Map.of("services", catalogue.allServices(), "techniques", techniques()));
	}

	@GetMapping("/admin/services/new")
	ModelAndView newService() {
		return form(null, ServiceForm.blank(), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/admin/services/new")
	ModelAndView add(@Valid @ModelAttribute("form") ServiceForm form, BindingResult result,
			RedirectAttributes redirect) {
		var errors = form.errors(result, settings.currency(), true);
		if (!errors.isEmpty()) {
			return form(null, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		Technique technique = form.techniqueChoice();
		var details = form.details(technique, catalogue.technique(technique).name(), settings.currency());
		try {
			catalogue.add(details);
		}
		catch (DuplicateService taken) {
			return form(null, form, duplicate(details), HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("saved", "Added " + details.name() + ".");
		return new ModelAndView("redirect:/admin/services");
	}

	@GetMapping("/admin/services/{id}")
	ModelAndView edit(@PathVariable long id) {
		Service service = existing(id);
		return form(service, ServiceForm.of(service), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/admin/services/{id}")
	ModelAndView change(@PathVariable long id, @Valid @ModelAttribute("form") ServiceForm form, BindingResult result,
			RedirectAttributes redirect) {
		Service service = existing(id);
		var errors = form.errors(result, settings.currency(), false);
		if (!errors.isEmpty()) {
			return form(service, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		var details = form.details(service.technique(), catalogue.technique(service.technique()).name(),
				settings.currency());
		try {
			if (!catalogue.change(service.id(), details)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		catch (DuplicateService taken) {
			return form(service, form, duplicate(details), HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("saved", "Saved " + details.name() + ".");
		return new ModelAndView("redirect:/admin/services");
	}

	private Service existing(long id) {
		return catalogue.service(new ServiceId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private FormErrors duplicate(ServiceDetails details) {
		return FormErrors.none()
			.field("minutes", "There is already an active " + catalogue.technique(details.technique()).name()
					+ (details.consultation() ? " consultation of " : " service of ") + details.minutes()
					+ " minutes. Change that one, or make one of them inactive.");
	}

	private Map<Technique, TechniqueProfile> techniques() {
		return catalogue.techniques()
			.stream()
			.collect(Collectors.toMap(TechniqueProfile::technique, Function.identity()));
	}

	private ModelAndView form(Service service, ServiceForm form, FormErrors errors, HttpStatus status) {
		var model = new HashMap<String, Object>();
		model.put("service", service);
		model.put("form", form);
		model.put("errors", errors);
		model.put("techniques", catalogue.techniques());
		model.put("currency", settings.currency().getCurrencyCode());
		if (service != null) {
			model.put("techniqueName", catalogue.technique(service.technique()).name());
		}
		return new ModelAndView("therapies/admin-service", model, status);
	}
}
