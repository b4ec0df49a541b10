package org.backcare.shop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backcare.homecare.ProductTag;
import org.backcare.identity.Role;
import org.backcare.identity.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The public shop: the catalogue with search and filters, and one product with its live dispatch promise. */
@Controller
class CataloguePages {

	private static final int RELATED = 4;

	private final ProductCatalogue catalogue;

	private final PlanPicks picks;

	private final Dispatch dispatch;

	private final ShopSettings settings;

	CataloguePages(ProductCatalogue catalogue, PlanPicks picks, Dispatch dispatch, ShopSettings settings) {
		this.catalogue = catalogue;
		this.picks = picks;
		this.dispatch = dispatch;
		this.settings = settings;
	}

	@GetMapping("/shop")
	ModelAndView shop(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String category,
			@RequestParam(required = false) ProductTag tag, @RequestParam(required = false) CushionPlace place,
			@RequestParam(defaultValue = "false") boolean inStock, @AuthenticationPrincipal SignedInAccount me) {
		var filter = new CatalogueFilter(q, category, tag, place, inStock);
		List<CatalogueEntry> recommended = me != null && me.is(Role.CLIENT) ? picks.of(me.id().value()) : List.of();
		Map<String, Object> model = new HashMap<>();
		model.put("filter", filter);
		model.put("categories", catalogue.categories());
		model.put("products", catalogue.search(filter));
		model.put("recommended", recommended);
		return new ModelAndView("shop/catalogue", model);
	}

	@GetMapping("/shop/products/{slug}")
	ModelAndView product(@PathVariable String slug) {
		return catalogue.bySlug(slug)
			.map(product -> new ModelAndView("shop/product", Map.of("product", product, "related",
					catalogue.related(product, RELATED), "dispatch", DispatchNotice.of(dispatch.promiseNow(), settings))))
			.orElseGet(() -> new ModelAndView("shop/not-found", Map.of("slug", slug), HttpStatus.NOT_FOUND));
	}
}
