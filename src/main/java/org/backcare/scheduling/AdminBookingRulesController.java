package org.backcare.scheduling;

import java.util.List;
import java.util.Map;

import org.backcare.platform.FormErrors;
import org.backcare.therapies.Catalogue;
import org.backcare.therapies.Service;
import org.backcare.therapies.ServiceId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Booking rules per service: buffers around a session, minimum notice, how far ahead, and the cancellation window.
 * A service without rules of its own follows the practice's defaults (backcare.scheduling.defaults.*).
 */
@Controller
class AdminBookingRulesController {

	private static final String HOME = "/admin/booking-rules";

	/** A service with the rules it is booked by, and whether they are its own. */
	record Row(Service service, BookingRules rules, boolean own) {
	}

	private final Catalogue catalogue;

	private final ServiceRules rules;

	private final SchedulingSettings settings;

	AdminBookingRulesController(Catalogue catalogue, ServiceRules rules, SchedulingSettings settings) {
		this.catalogue = catalogue;
		this.rules = rules;
		this.settings = settings;
	}

	@GetMapping(HOME)
	ModelAndView list() {
		List<Service> services = catalogue.activeServices();
		Map<Long, BookingRules> all = rules.of(services.stream().map(service -> service.id().value()).toList());
		var own = rules.withOwnRules();
		List<Row> rows = services.stream()
			.map(service -> new Row(service, all.get(service.id().value()), own.contains(service.id().value())))
			.toList();
		return new ModelAndView("scheduling/admin-booking-rules").addObject("rows", rows).addObject("defaults", settings.defaults());
	}

	@GetMapping(HOME + "/{serviceId}")
	ModelAndView show(@PathVariable long serviceId) {
		Service service = service(serviceId);
		return form(service, BookingRulesForm.of(rules.of(serviceId)), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(HOME + "/{serviceId}")
	ModelAndView save(@PathVariable long serviceId, @ModelAttribute BookingRulesForm form) {
		Service service = service(serviceId);
		FormErrors errors = form.check();
		if (!errors.isEmpty()) {
			return form(service, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		rules.save(serviceId, form.rules());
		return new ModelAndView("redirect:" + HOME + "?saved");
	}

	@PostMapping(HOME + "/{serviceId}/defaults")
	ModelAndView useDefaults(@PathVariable long serviceId) {
		service(serviceId);
		rules.useDefaults(serviceId);
		return new ModelAndView("redirect:" + HOME + "?defaults");
	}

	private Service service(long id) {
		return catalogue.service(new ServiceId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ModelAndView form(Service service, BookingRulesForm form, FormErrors errors, HttpStatus status) {
		return new ModelAndView("scheduling/admin-booking-rule", status).addObject("service", service)
			.addObject("own", rules.withOwnRules().contains(service.id().value()))
			.addObject("defaults", settings.defaults())
			.addObject("form", form)
			.addObject("errors", errors);
	}
}
