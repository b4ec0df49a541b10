package org.backcare.shop;

import java.time.LocalDate;
import java.util.HashMap;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The days the shop doesn't dispatch, by year; ship-by dates and the dispatch promise skip them. */
@Controller
class AdminHolidaysController {

	private static final String HOME = "/admin/shop/holidays";

	private final ShopHolidays holidays;

	private final OrderBook book;

	AdminHolidaysController(ShopHolidays holidays, OrderBook book) {
		this.holidays = holidays;
		this.book = book;
	}

	@GetMapping(HOME)
	ModelAndView year(@RequestParam(required = false) Integer year) {
		LocalDate today = book.today();
		int shown = year == null || year < today.getYear() - 5 || year > today.getYear() + 5 ? today.getYear() : year;
		return page(shown, HolidayForm.blank(), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(HOME)
	ModelAndView add(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute("form") HolidayForm form,
			RedirectAttributes redirect) {
		var errors = form.errors(book.today());
		int year = form.date() == null ? book.today().getYear() : form.date().getYear();
		if (errors.isEmpty() && !holidays.add(form.date(), form.name().strip(), me.id().value())) {
			errors.field("day", "That day is a holiday already.");
		}
		if (!errors.isEmpty()) {
			return page(year, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		redirect.addFlashAttribute("saved", "Added " + form.name().strip() + ".");
		return new ModelAndView("redirect:" + HOME + "?year=" + year);
	}

	@PostMapping(HOME + "/{day}/remove")
	ModelAndView remove(@AuthenticationPrincipal SignedInAccount me,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
		if (holidays.remove(day, me.id().value())) {
			redirect.addFlashAttribute("saved", "Removed the holiday on " + day + ".");
		}
		return new ModelAndView("redirect:" + HOME + "?year=" + day.getYear());
	}

	private ModelAndView page(int year, HolidayForm form, FormErrors errors, HttpStatus status) {
		var model = new HashMap<String, Object>();
		model.put("year", year);
		model.put("today", book.today());
		model.put("holidays", holidays.in(year));
		model.put("form", form);
		model.put("errors", errors);
		return new ModelAndView("shop/admin-holidays", model, status);
	}
}
