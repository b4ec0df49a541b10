package org.backcare.shop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of {@code POST /api/v1/orders} from the JSON tree, so every problem names its field. What
 * cannot be read as an order (broken JSON, wrong types, no items, a quantity outside 1 to 99) is a 400; whether
 * the order can be served (address, country, SKUs, age) is {@link OrderCheck}'s 422. Fields the order does not
 * have, a price among them, are ignored: the server reads prices itself.
 */
final class OrderBody {

	static final int MOST_LINES = 50;

	/** @param request null when the body could not be read; then errors say why */
	record Result(OrderRequest request, Map<String, String> errors) {
	}

	private OrderBody() {
	}

	static Result read(JsonMapper json, byte[] body) {
		JsonNode tree;
		try {
			tree = json.readTree(body);
		}
		catch (JacksonException broken) {
			return new Result(null, Map.of("body", "The request is not valid JSON."));
		}
		if (tree == null || !tree.isObject()) {
			return new Result(null, Map.of("body", "Send the order as a JSON object."));
		}
		Map<String, String> errors = new LinkedHashMap<>();
		List<OrderRequest.Item> items = items(tree.path("items"), errors);
		String email = text(tree, "email", "email", errors);
		JsonNode to = tree.path("shippingAddress");
		if (!to.isMissingNode() && !to.isNull() && !to.isObject()) {
			errors.put("shippingAddress", "Send the address as a JSON object.");
		}
		String p = "shippingAddress.";
		var address = new Address(text(to, "name", p + "name", errors), text(to, "line1", p + "line1", errors),
				text(to, "line2", p + "line2", errors), text(to, "city", p + "city", errors),
				text(to, "region", p + "region", errors), text(to, "postalCode", p + "postalCode", errors),
				text(to, "country", p + "country", errors));
		JsonNode age = tree.path("ageConfirmed");
		if (!age.isMissingNode() && !age.isNull() && !age.isBoolean()) {
			errors.put("ageConfirmed", "Use true or false.");
		}
		String shipping = text(tree, "shippingMethod", "shippingMethod", errors);
		String payment = text(tree, "paymentMethod", "paymentMethod", errors);
		if (!errors.isEmpty()) {
			return new Result(null, errors);
		}
		return new Result(new OrderRequest(items, email, address,
				shipping.isEmpty() ? ShippingMethod.STANDARD : OrderRequest.known(ShippingMethod.class, shipping),
				OrderRequest.known(PaymentMethod.class, payment), age.asBoolean(false)), errors);
	}

	private static List<OrderRequest.Item> items(JsonNode items, Map<String, String> errors) {
		List<OrderRequest.Item> read = new ArrayList<>();
		if (!items.isArray() || items.isEmpty() || items.size() > MOST_LINES) {
			errors.put("items", "List from 1 to " + MOST_LINES + " items, each with a sku and a quantity.");
			return read;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			JsonNode sku = item.path("sku");
			JsonNode quantity = item.path("quantity");
			String at = "items[" + i + "]";
			if (!sku.isString() || sku.asString().isBlank() || sku.asString().length() > 40) {
				errors.put(at + ".sku", "Give the product's SKU.");
			}
			else if (!seen.add(sku.asString())) {
				errors.put(at + ".sku", "List each SKU once.");
			}
			if (!quantity.isIntegralNumber() || !quantity.canConvertToInt() || quantity.asInt() < 1
					|| quantity.asInt() > Carts.MOST_PER_LINE) {
				errors.put(at + ".quantity", "Order from 1 to " + Carts.MOST_PER_LINE + " units.");
			}
			else if (sku.isString()) {
				read.add(new OrderRequest.Item(sku.asString(), quantity.asInt()));
			}
		}
		return read;
	}

	/** A text field, or empty when it is missing or null. */
	private static String text(JsonNode parent, String name, String field, Map<String, String> errors) {
		JsonNode value = parent.path(name);
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		if (!value.isString()) {
			errors.put(field, "Use a string.");
			return "";
		}
		return value.asString();
	}
}
