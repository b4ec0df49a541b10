package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backcare.shop.Fulfilment.Move;
import org.backcare.shop.Fulfilment.State;
import org.backcare.shop.Fulfilment.Step;
import org.junit.jupiter.api.Test;

class FulfilmentTest {

	/** Every move the shop allows, with whether the goods go back on the shelf; anything else is refused. */
	private static final Map<String, Move> ALLOWED = allowed();

	@Test
	void everyStateAndStepEitherMovesAsTheRulesSayOrIsRefused() {
		for (State state : State.values()) {
			for (Step step : Step.values()) {
				var fulfilment = new Fulfilment(7, state);
				Move expected = ALLOWED.get(state + " " + step);
				if (expected == null) {
					assertThatThrownBy(() -> fulfilment.take(step)).as(state + " then " + step)
						.isInstanceOf(IllegalStateException.class)
						.hasMessageContaining("Order 7 is " + state.name().toLowerCase());
					assertThat(fulfilment.allows(step)).isFalse();
				}
				else {
					assertThat(fulfilment.take(step)).as(state + " then " + step).isEqualTo(expected);
					assertThat(fulfilment.allows(step)).isTrue();
				}
			}
		}
	}

	@Test
	void theHappyPathRunsFromPlacedToDelivered() {
		State state = State.PLACED;
		for (Step step : new Step[] { Step.MARK_PAID, Step.PACK, Step.SHIP, Step.DELIVER }) {
			state = new Fulfilment(1, state).take(step).to();
		}
		assertThat(state).isEqualTo(State.DELIVERED);
	}

	@Test
	void cancelledAndRefundedOrdersOfferNoStep() {
		assertThat(new Fulfilment(1, State.CANCELLED).steps()).isEmpty();
		assertThat(new Fulfilment(1, State.REFUNDED).steps()).isEmpty();
	}

	@Test
	void aShippedOrderOffersDeliveryAndBothKindsOfRefundButNoCancel() {
		assertThat(new Fulfilment(1, State.SHIPPED).steps()).containsExactly(Step.DELIVER, Step.REFUND,
				Step.REFUND_RETURNED);
	}

	@Test
	void onlyGoodsThatNeverLeftOrCameBackAreRestocked() {
		assertThat(new Fulfilment(1, State.PACKED).take(Step.REFUND).restock()).isTrue();
		assertThat(new Fulfilment(1, State.DELIVERED).take(Step.REFUND).restock()).isFalse();
		assertThat(new Fulfilment(1, State.DELIVERED).take(Step.REFUND_RETURNED).restock()).isTrue();
	}

	@Test
	void knownCarriersGetATrackingLinkWithTheNumberEncoded() {
		assertThat(Carriers.trackingUrl(" ups ", "1Z 999")).isEqualTo("https://www.ups.com/track?tracknum=1Z+999");
		assertThat(Carriers.trackingUrl("USPS", "9400")).isEqualTo("https://tools.usps.com/go/TrackConfirmAction?tLabels=9400");
		assertThat(Carriers.trackingUrl("Bike courier", "42")).isNull();
	}

	private static Map<String, Move> allowed() {
		var allowed = new LinkedHashMap<String, Move>();
		put(allowed, State.PLACED, Step.MARK_PAID, State.PAID, false);
		put(allowed, State.PLACED, Step.CANCEL, State.CANCELLED, true);
		put(allowed, State.PAID, Step.PACK, State.PACKED, false);
		put(allowed, State.PAID, Step.CANCEL, State.CANCELLED, true);
		put(allowed, State.PAID, Step.REFUND, State.REFUNDED, true);
		put(allowed, State.PACKED, Step.SHIP, State.SHIPPED, false);
		put(allowed, State.PACKED, Step.CANCEL, State.CANCELLED, true);
		put(allowed, State.PACKED, Step.REFUND, State.REFUNDED, true);
		put(allowed, State.SHIPPED, Step.DELIVER, State.DELIVERED, false);
		put(allowed, State.SHIPPED, Step.REFUND, State.REFUNDED, false);
		put(allowed, State.SHIPPED, Step.REFUND_RETURNED, State.REFUNDED, true);
		put(allowed, State.DELIVERED, Step.REFUND, State.REFUNDED, false);
		put(allowed, State.DELIVERED, Step.REFUND_RETURNED, State.REFUNDED, true);
		return allowed;
	}

	private static void put(Map<String, Move> allowed, State from, Step step, State to, boolean restock) {
		allowed.put(from + " " + step, new Move(from, to, restock));
	}
}
