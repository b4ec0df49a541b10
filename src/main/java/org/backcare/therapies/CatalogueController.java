package org.backcare.therapies;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The public technique pages: what each technique is, who it suits, who should avoid it, and its prices. */
@Controller
class CatalogueController {

	private final Catalogue catalogue;

	CatalogueController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/therapies")
	ModelAndView catalogue() {
		List<Service> services = catalogue.activeServices();
		List<Listing> listings = catalogue.techniques()
			.stream()
			.map(technique -> new Listing(technique,
					services.stream().filter(service -> service.technique() == technique.technique()).toList()))
			.toList();
		return new ModelAndView("therapies/catalogue", Map.of("listings", listings));
	}

	@GetMapping("/therapies/{slug}")
	ModelAndView technique(@PathVariable String slug) {
		TechniqueProfile technique = catalogue.techniqueWithSlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new ModelAndView("therapies/technique",
				Map.of("listing", new Listing(technique, catalogue.activeServices(technique.technique()))));
	}

	/** A technique with the services that offer it now. */
	record Listing(TechniqueProfile technique, List<Service> services) {
	}
}
