package org.backcare.shop;

import java.util.Map;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.backcare.shop.Fulfilment.Step;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons on an order's page: each moves it one step, or says why it can't move (someone was quicker). */
@Controller
class AdminFulfilmentController {

	private static final Map<String, Step> STEPS = Map.of("pack", Step.PACK, "deliver", Step.DELIVER, "cancel",
			Step.CANCEL, "refund", Step.REFUND, "refund-returned", Step.REFUND_RETURNED);

	private static final Map<Step, String> DONE = Map.of(Step.MARK_PAID, "marked paid", Step.PACK, "marked packed",
			Step.SHIP, "marked shipped; the customer gets an email with the tracking number", Step.DELIVER,
			"marked delivered", Step.CANCEL, "cancelled and its goods restocked", Step.REFUND, "refunded",
			Step.REFUND_RETURNED, "refunded and its returned goods restocked");

	private final Fulfilments fulfilments;

	private final OrderPage orders;

	AdminFulfilmentController(Fulfilments fulfilments, OrderPage orders) {
		this.fulfilments = fulfilments;
		this.orders = orders;
	}

	@PostMapping(AdminOrdersController.HOME + "/{id}/paid")
	ModelAndView paid(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
			@ModelAttribute("payment") PaymentForm form, RedirectAttributes redirect) {
		FormErrors errors = form.errors();
		if (!errors.isEmpty()) {
			return orders.show(id, form, ShipmentForm.blank(), errors, null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return moved(id, Step.MARK_PAID, () -> fulfilments.markPaid(id, form.paymentReference().strip(), me.id().value()),
				redirect);
	}

	@PostMapping(AdminOrdersController.HOME + "/{id}/ship")
	ModelAndView ship(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
			@ModelAttribute("shipment") ShipmentForm form, RedirectAttributes redirect) {
		FormErrors errors = form.errors();
		if (!errors.isEmpty()) {
			return orders.show(id, PaymentForm.blank(), form, errors, null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return moved(id, Step.SHIP,
				() -> fulfilments.ship(id, form.carrier().strip(), form.trackingNumber().strip(), me.id().value()), redirect);
	}

	@PostMapping(AdminOrdersController.HOME + "/{id}/{action:pack|deliver|cancel|refund|refund-returned}")
	ModelAndView step(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, @PathVariable String action,
			RedirectAttributes redirect) {
		Step step = STEPS.get(action);
		return moved(id, step, () -> fulfilments.take(id, step, me.id().value()), redirect);
	}

	private ModelAndView moved(long id, Step step, Runnable move, RedirectAttributes redirect) {
		try {
			move.run();
		}
		catch (OrderNotFound missing) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (IllegalStateException refused) {
			return orders.show(id, PaymentForm.blank(), ShipmentForm.blank(), FormErrors.none(),
					refused.getMessage() + " Someone may have moved it a moment ago: here it is as it is now.",
					HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("saved", "Order " + id + " " + DONE.get(step) + ".");
		return new ModelAndView("redirect:" + AdminOrdersController.HOME + "/" + id);
	}
}
