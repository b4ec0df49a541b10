package org.backcare.shop;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An order's way out of the shop: placed, paid, packed, shipped, delivered; or cancelled before it ships, or
 * refunded once paid. Goods go back on the shelf when they never left (cancel, refund before shipping) or when the
 * customer sent them back (a refund of returned goods). Pure: the database row lock makes a move happen once.
 */
record Fulfilment(long orderId, State state) {

	enum State {
		PLACED, PAID, PACKED, SHIPPED, DELIVERED, CANCELLED, REFUNDED;

		/** Still to leave the shop: these count for the late-to-ship list. */
		static final Set<State> TO_SHIP = EnumSet.of(PLACED, PAID, PACKED);

		String label() {
			return name().charAt(0) + name().substring(1).toLowerCase();
		}
	}

	enum Step {
		MARK_PAID, PACK, SHIP, DELIVER, CANCEL, REFUND, REFUND_RETURNED
	}

	/** Where a step leads, and whether every line of the order goes back into stock with it. */
	record Move(State from, State to, boolean restock) {
	}

	Move take(Step step) {
		return switch (step) {
			case MARK_PAID -> from(State.PLACED, step, State.PAID, false);
			case PACK -> from(State.PAID, step, State.PACKED, false);
			case SHIP -> from(State.PACKED, step, State.SHIPPED, false);
			case DELIVER -> from(State.SHIPPED, step, State.DELIVERED, false);
			case CANCEL -> from(EnumSet.of(State.PLACED, State.PAID, State.PACKED), step, State.CANCELLED, true);
			// Not yet shipped: the goods are still here, so they go back on the shelf.
			case REFUND -> from(EnumSet.of(State.PAID, State.PACKED, State.SHIPPED, State.DELIVERED), step,
					State.REFUNDED, !shipped());
			// Shipped and sent back by the customer: back on the shelf too.
			case REFUND_RETURNED -> from(EnumSet.of(State.SHIPPED, State.DELIVERED), step, State.REFUNDED, true);
		};
	}

	/** The steps open from here, in the order the page offers them. */
	List<Step> steps() {
		return Arrays.stream(Step.values()).filter(this::allows).toList();
	}

	boolean allows(Step step) {
		try {
			take(step);
			return true;
		}
		catch (IllegalStateException refused) {
			return false;
		}
	}

	private boolean shipped() {
		return state == State.SHIPPED || state == State.DELIVERED;
	}

	private Move from(State allowed, Step step, State to, boolean restock) {
		return from(EnumSet.of(allowed), step, to, restock);
	}

	private Move from(Set<State> allowed, Step step, State to, boolean restock) {
		if (!allowed.contains(state)) {
			throw new IllegalStateException("Order " + orderId + " is " + state.label().toLowerCase() + ": it can't "
					+ words(step) + ".");
		}
		return new Move(state, to, restock);
	}

	static String words(Step step) {
		return switch (step) {
			case MARK_PAID -> "be marked paid";
			case PACK -> "be packed";
			case SHIP -> "be shipped";
			case DELIVER -> "be marked delivered";
			case CANCEL -> "be cancelled";
			case REFUND, REFUND_RETURNED -> "be refunded";
		};
	}
}
