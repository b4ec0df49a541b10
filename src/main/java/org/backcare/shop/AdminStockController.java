package org.backcare.shop;

import java.util.HashMap;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.backcare.shop.ProductRange.Variant;
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

/** What is running low, and each SKU's stock with its adjustments. */
@Controller
class AdminStockController {

	private final LowStock lowStock;

	private final ProductRange range;

	private final StockLedger ledger;

	AdminStockController(LowStock lowStock, ProductRange range, StockLedger ledger) {
		this.lowStock = lowStock;
		this.range = range;
		this.ledger = ledger;
	}

	@GetMapping("/admin/shop/stock")
	ModelAndView low() {
		return new ModelAndView("shop/admin-stock").addObject("rows", lowStock.rows());
	}

	@GetMapping("/admin/shop/stock/{sku}")
	ModelAndView sku(@PathVariable String sku) {
		return page(variant(sku), StockForm.blank(), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/admin/shop/stock/{sku}")
	ModelAndView adjust(@AuthenticationPrincipal SignedInAccount me, @PathVariable String sku,
			@ModelAttribute("form") StockForm form, RedirectAttributes redirect) {
		Variant variant = variant(sku);
		var errors = form.errors();
		if (!errors.isEmpty()) {
			return page(variant, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		int now;
		try {
			now = form.counted() ? ledger.setTo(sku, form.newQuantity(), form.reason(), me.id().value())
					: ledger.change(sku, form.delta(), form.reason(), me.id().value());
		}
		catch (StockLedger.OutOfRange refused) {
			return page(variant, form, FormErrors.none().field(form.counted() ? "quantity" : "change", refused.getMessage()),
					HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("saved", sku + " now has " + now + " in stock.");
		return new ModelAndView("redirect:/admin/shop/stock/" + sku);
	}

	private Variant variant(String sku) {
		return range.variant(sku).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ModelAndView page(Variant variant, StockForm form, FormErrors errors, HttpStatus status) {
		var model = new HashMap<String, Object>();
		model.put("variant", variant);
		model.put("form", form);
		model.put("errors", errors);
		model.put("history", ledger.history(variant.sku()));
		return new ModelAndView("shop/admin-stock-sku", model, status);
	}
}
