package org.backcare.shop;

import java.util.HashMap;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.backcare.shop.ProductRange.Product;
import org.backcare.shop.ProductRange.Variant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A product's variants: one SKU each, with its size, firmness, price and tax; stock changes go through the ledger. */
@Controller
class AdminVariantsController {

	private static final String VARIANTS = AdminProductsController.HOME + "/{id}/variants";

	private final ProductRange range;

	private final ShopSettings settings;

	AdminVariantsController(ProductRange range, ShopSettings settings) {
		this.range = range;
		this.settings = settings;
	}

	@GetMapping(VARIANTS + "/new")
	ModelAndView newVariant(@PathVariable long id) {
		return form(product(id), null, VariantForm.blank(settings.lowStockAt()), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(VARIANTS + "/new")
	ModelAndView add(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
			@ModelAttribute("form") VariantForm form, RedirectAttributes redirect) {
		Product product = product(id);
		var errors = form.errors(settings.currency(), true);
		if (!errors.isEmpty()) {
			return form(product, null, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			range.addVariant(id, form.cleanSku(), form.details(settings.currency()), settings.currency(), form.firstStock(),
					me.id().value());
		}
		catch (DuplicateKeyException taken) {
			return form(product, null, form, FormErrors.none().field("sku", "This SKU is taken: choose another."),
					HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("saved", "Added " + form.cleanSku() + ".");
		return new ModelAndView("redirect:" + AdminProductsController.HOME + "/" + id);
	}

	@GetMapping(VARIANTS + "/{sku}")
	ModelAndView edit(@PathVariable long id, @PathVariable String sku) {
		Variant variant = variant(id, sku);
		return form(product(id), variant, VariantForm.of(variant), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(VARIANTS + "/{sku}")
	ModelAndView change(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, @PathVariable String sku,
			@ModelAttribute("form") VariantForm form, RedirectAttributes redirect) {
		Variant variant = variant(id, sku);
		var errors = form.errors(variant.price().currency(), false);
		if (!errors.isEmpty()) {
			return form(product(id), variant, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		range.changeVariant(sku, form.details(variant.price().currency()), me.id().value());
		redirect.addFlashAttribute("saved", "Saved " + sku + ".");
		return new ModelAndView("redirect:" + AdminProductsController.HOME + "/" + id);
	}

	private Product product(long id) {
		return range.product(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Variant variant(long productId, String sku) {
		return range.variant(sku)
			.filter(variant -> variant.productId() == productId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ModelAndView form(Product product, Variant variant, VariantForm form, FormErrors errors, HttpStatus status) {
		var model = new HashMap<String, Object>();
		model.put("product", product);
		model.put("variant", variant);
		model.put("form", form);
		model.put("errors", errors);
		model.put("currency", (variant == null ? settings.currency() : variant.price().currency()).getCurrencyCode());
		return new ModelAndView("shop/admin-variant", model, status);
	}
}
