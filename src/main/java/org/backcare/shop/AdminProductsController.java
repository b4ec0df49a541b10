package org.backcare.shop;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.backcare.shop.ProductRange.Product;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practice keeps its products: what each is for, how to use it safely, who should not, and its image. */
@Controller
class AdminProductsController {

	static final String HOME = "/admin/shop/products";

	private final ProductRange range;

	AdminProductsController(ProductRange range) {
		this.range = range;
	}

	@GetMapping(HOME)
	ModelAndView products() {
		return new ModelAndView("shop/admin-products").addObject("products", range.all());
	}

	@GetMapping(HOME + "/new")
	ModelAndView newProduct() {
		return form(null, ProductForm.blank(), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(HOME + "/new")
	ModelAndView add(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute("form") ProductForm form,
			@RequestParam(required = false) MultipartFile image, RedirectAttributes redirect) throws IOException {
		var checked = ProductForm.ImageCheck.of(image, true);
		var errors = form.errors(categorySlugs(), checked);
		if (!errors.isEmpty()) {
			return form(null, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		long id;
		try {
			id = range.add(form.details(null), checked.upload(), me.id().value());
		}
		catch (DuplicateKeyException taken) {
			return form(null, form, slugTaken(), HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("saved", "Added " + form.name().strip() + ". Add its first variant to sell it.");
		return new ModelAndView("redirect:" + HOME + "/" + id);
	}

	@GetMapping(HOME + "/{id}")
	ModelAndView edit(@PathVariable long id) {
		Product product = existing(id);
		return form(product, ProductForm.of(product.details()), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(HOME + "/{id}")
	ModelAndView change(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
			@ModelAttribute("form") ProductForm form, @RequestParam(required = false) MultipartFile image,
			RedirectAttributes redirect) throws IOException {
		Product product = existing(id);
		var checked = ProductForm.ImageCheck.of(image, false);
		var errors = form.errors(categorySlugs(), checked);
		if (!errors.isEmpty()) {
			return form(product, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			if (!range.change(id, form.details(null), checked.upload(), me.id().value())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		catch (DuplicateKeyException taken) {
			return form(product, form, slugTaken(), HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("saved", "Saved " + form.name().strip() + ".");
		return new ModelAndView("redirect:" + HOME + "/" + id);
	}

	private Product existing(long id) {
		return range.product(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Set<String> categorySlugs() {
		return range.categories().stream().map(ProductRange.Category::slug).collect(Collectors.toSet());
	}

	private static FormErrors slugTaken() {
		return FormErrors.none().field("slug", "Another product has this address already: choose another.");
	}

	private ModelAndView form(Product product, ProductForm form, FormErrors errors, HttpStatus status) {
		var model = new HashMap<String, Object>();
		model.put("product", product);
		model.put("form", form);
		model.put("errors", errors);
		model.put("categories", range.categories());
		model.put("variants", product == null ? List.of() : range.variants(product.id()));
		return new ModelAndView("shop/admin-product", model, status);
	}
}
