package org.backcare.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an instrument definition in BackCare's JSON format (docs/instruments.md). Strict: unknown fields, duplicate
 * keys and wrong types are refused, and every problem is reported at once with its JSON path
 * ({@code items[3].options[1].value: ...}).
 */
final class InstrumentFormat {

	static final int MAX_CHARS = 256 * 1024;

	static final int FORMAT = 1;

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,19}");

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

	private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

	private final List<String> problems = new ArrayList<>();

	private InstrumentFormat() {
	}

	static Instrument read(String text) {
		if (text == null || text.isBlank()) {
			throw new InstrumentRejected(List.of("The definition is empty."));
		}
		if (text.length() > MAX_CHARS) {
			throw new InstrumentRejected(List.of("The definition is longer than 256 KB."));
		}
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException invalid) {
			var where = invalid.getLocation();
			throw new InstrumentRejected(List.of("This is not valid JSON" + (where == null ? "" : " (line "
					+ where.getLineNr() + ", column " + where.getColumnNr() + ")") + ": " + invalid.getOriginalMessage()));
		}
		var format = new InstrumentFormat();
		Instrument instrument = format.instrument(root);
		if (!format.problems.isEmpty()) {
			throw new InstrumentRejected(format.problems);
		}
		return instrument;
	}

	private Instrument instrument(JsonNode root) {
		if (!fields(root, "", "the definition", "format", "code", "name", "version", "licence", "items", "scoring")) {
			return null;
		}
		Integer format = whole(root, "", "format", true, FORMAT, FORMAT);
		String code = text(root, "", "code", true, 20);
		if (code != null && !CODE.matcher(code).matches()) {
			problem("code", "must be 2 to 20 capital letters, digits, - or _, starting with a letter");
		}
		else if (Nprs.CODE.equals(code) || Psfs.CODE.equals(code)) {
			problem("code", code + " is built in; give this instrument another code");
		}
		String name = text(root, "", "name", true, 120);
		Integer version = whole(root, "", "version", true, 1, 1_000_000);
		String licence = text(root, "", "licence", true, 1000);
		List<Instrument.Item> items = list(root, "", "items", true, 1, 200, this::item);
		Set<String> ids = new HashSet<>();
		for (int index = 0; items != null && index < items.size(); index++) {
			if (items.get(index) != null && !ids.add(items.get(index).id())) {
				problem("items[" + index + "].id", "\"" + items.get(index).id() + "\" is used by an earlier item");
			}
		}
		Scoring scoring = null;
		JsonNode node = root.get("scoring");
		if (node == null || node.isNull()) {
			problem("scoring", "is missing");
		}
		else {
			scoring = scoring(node, "scoring", ids);
		}
		if (!problems.isEmpty() || format == null) {
			return null;
		}
		return new Instrument(code, name, version, licence, items, scoring);
	}

	private Instrument.Item item(JsonNode node, String path) {
		if (!fields(node, path, "an item", "id", "text", "required", "clientNamed", "options")) {
			return null;
		}
		String id = text(node, path, "id", true, 40);
		if (id != null && !ID.matcher(id).matches()) {
			problem(at(path, "id"), "must be 1 to 40 small letters, digits, - or _, starting with a letter or digit");
		}
		String text = text(node, path, "text", true, 1000);
		Boolean required = bool(node, path, "required", true);
		Boolean clientNamed = bool(node, path, "clientNamed", false);
		List<Instrument.Option> options = list(node, path, "options", true, 2, 50, this::option);
		if (id == null || text == null || options == null || hasGaps(options)) {
			return null;
		}
		return new Instrument.Item(id, text, required, clientNamed, options);
	}

	private Instrument.Option option(JsonNode node, String path) {
		if (!fields(node, path, "an option", "value", "label")) {
			return null;
		}
		Integer value = whole(node, path, "value", true, -1000, 1000);
		String label = text(node, path, "label", true, 300);
		return value == null || label == null ? null : new Instrument.Option(value, label);
	}

	private Scoring scoring(JsonNode node, String path, Set<String> items) {
		if (!fields(node, path, "the scoring", "method", "direction", "importantChange", "subscales", "categories")) {
			return null;
		}
		Scoring.Method method = choice(node, path, "method", Scoring.Method.class);
		Scoring.Direction direction = choice(node, path, "direction", Scoring.Direction.class);
		Scoring.ImportantChange change = null;
		JsonNode changeNode = node.get("importantChange");
		if (changeNode != null && !changeNode.isNull()) {
			change = importantChange(changeNode, at(path, "importantChange"));
		}
		List<Scoring.Subscale> subscales = list(node, path, "subscales", false, 1, 20,
				(subscale, at) -> subscale(subscale, at, items));
		Set<String> scores = new HashSet<>(Set.of(Scoring.TOTAL));
		for (int index = 0; subscales != null && index < subscales.size(); index++) {
			if (subscales.get(index) != null && !scores.add(subscales.get(index).code())) {
				problem(at(path, "subscales[" + index + "].code"),
						"\"" + subscales.get(index).code() + "\" is \"total\" or used by an earlier subscale");
			}
		}
		List<Scoring.Category> categories = list(node, path, "categories", false, 1, 20,
				(category, at) -> category(category, at, scores));
		if (method == Scoring.Method.SUBSCALES && subscales == null && node.get("subscales") == null) {
			problem(at(path, "subscales"), "is needed with method SUBSCALES");
		}
		if (method == Scoring.Method.SUBSCALES && categories == null && node.get("categories") == null) {
			problem(at(path, "categories"), "is needed with method SUBSCALES");
		}
		if (method != null && method != Scoring.Method.SUBSCALES && node.get("subscales") != null) {
			problem(at(path, "subscales"), "is only used with method SUBSCALES");
		}
		if (method == null || direction == null || !problems.isEmpty()) {
			return null;
		}
		return new Scoring(method, direction, change, subscales == null ? List.of() : subscales,
				categories == null ? List.of() : categories);
	}

	private Scoring.ImportantChange importantChange(JsonNode node, String path) {
		if (!fields(node, path, "the minimal important change", "points", "percent", "itemPoints")) {
			return null;
		}
		Double points = number(node, path, "points", 0, 100_000);
		Double percent = number(node, path, "percent", 0, 100);
		Double itemPoints = number(node, path, "itemPoints", 0, 100_000);
		if (points == null && percent == null) {
			if (!isPresent(node, "points") && !isPresent(node, "percent")) {
				problem(path, "needs points, percent or both");
			}
			return null;
		}
		return new Scoring.ImportantChange(points, percent, itemPoints);
	}

	private Scoring.Subscale subscale(JsonNode node, String path, Set<String> items) {
		if (!fields(node, path, "a subscale", "code", "name", "items")) {
			return null;
		}
		String code = text(node, path, "code", true, 40);
		if (code != null && !ID.matcher(code).matches()) {
			problem(at(path, "code"), "must be 1 to 40 small letters, digits, - or _, starting with a letter or digit");
		}
		String name = text(node, path, "name", true, 120);
		List<String> members = list(node, path, "items", true, 1, 200, (member, at) -> {
			if (!member.isString()) {
				problem(at, "must be an item id (text)");
				return null;
			}
			if (!items.contains(member.stringValue())) {
				problem(at, "\"" + member.stringValue() + "\" is not the id of an item");
				return null;
			}
			return member.stringValue();
		});
		return code == null || name == null || members == null || hasGaps(members) ? null
				: new Scoring.Subscale(code, name, members);
	}

	private Scoring.Category category(JsonNode node, String path, Set<String> scores) {
		if (!fields(node, path, "a category", "code", "label", "when")) {
			return null;
		}
		String code = text(node, path, "code", true, 30);
		if (code != null && !CATEGORY.matcher(code).matches()) {
			problem(at(path, "code"), "must be 1 to 30 capital letters, digits or _, starting with a letter");
		}
		String label = text(node, path, "label", true, 120);
		List<Scoring.Threshold> when = isPresent(node, "when")
				? list(node, path, "when", false, 0, 20, (threshold, at) -> threshold(threshold, at, scores)) : List.of();
		return code == null || label == null || when == null || hasGaps(when) ? null
				: new Scoring.Category(code, label, when);
	}

	private Scoring.Threshold threshold(JsonNode node, String path, Set<String> scores) {
		if (!fields(node, path, "a threshold", "score", "atLeast", "atMost")) {
			return null;
		}
		String score = text(node, path, "score", true, 40);
		if (score != null && !scores.contains(score)) {
			problem(at(path, "score"), "\"" + score + "\" is neither \"total\" nor the code of a subscale");
		}
		Double atLeast = number(node, path, "atLeast", -100_000, 100_000);
		Double atMost = number(node, path, "atMost", -100_000, 100_000);
		if (!isPresent(node, "atLeast") && !isPresent(node, "atMost")) {
			problem(path, "needs atLeast, atMost or both");
		}
		if (atLeast != null && atMost != null && atLeast > atMost) {
			problem(path, "atLeast is greater than atMost");
		}
		return score == null ? null : new Scoring.Threshold(score, atLeast, atMost);
	}

	private boolean fields(JsonNode node, String path, String what, String... allowed) {
		if (!node.isObject()) {
			problem(path, "must be " + what + " (a JSON object)");
			return false;
		}
		var known = Set.of(allowed);
		for (var field : node.properties()) {
			if (!known.contains(field.getKey())) {
				problem(at(path, field.getKey()), "is not a field of " + what + " (expected " + String.join(", ", allowed) + ")");
			}
		}
		return true;
	}

	private String text(JsonNode node, String path, String field, boolean required, int maxLength) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				problem(at(path, field), "is missing");
			}
			return null;
		}
		if (!value.isString()) {
			problem(at(path, field), "must be text");
			return null;
		}
		String text = value.stringValue().strip();
		if (text.isEmpty()) {
			problem(at(path, field), "must not be blank");
			return null;
		}
		if (text.length() > maxLength) {
			problem(at(path, field), "must be at most " + maxLength + " characters");
			return null;
		}
		return text;
	}

	private Integer whole(JsonNode node, String path, String field, boolean required, int min, int max) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				problem(at(path, field), "is missing");
			}
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
			problem(at(path, field), min == max ? "must be " + min : "must be a whole number from " + min + " to " + max);
			return null;
		}
		return value.intValue();
	}

	/** A number within the bounds; with {@code min} 0, zero itself is refused (a change of 0 means nothing). */
	private Double number(JsonNode node, String path, String field, double min, double max) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		boolean positive = min == 0;
		if (!value.isNumber() || value.doubleValue() < min || (positive && value.doubleValue() == 0)
				|| value.doubleValue() > max) {
			problem(at(path, field), positive ? "must be a number greater than 0 and at most " + InstrumentScore.shown(max)
					: "must be a number from " + InstrumentScore.shown(min) + " to " + InstrumentScore.shown(max));
			return null;
		}
		return value.doubleValue();
	}

	private Boolean bool(JsonNode node, String path, String field, boolean absent) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return absent;
		}
		if (!value.isBoolean()) {
			problem(at(path, field), "must be true or false");
			return absent;
		}
		return value.booleanValue();
	}

	private <E extends Enum<E>> E choice(JsonNode node, String path, String field, Class<E> type) {
		String text = text(node, path, field, true, 40);
		if (text == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(text.toUpperCase(Locale.ROOT))) {
				return constant;
			}
		}
		var names = new ArrayList<String>();
		for (E constant : type.getEnumConstants()) {
			names.add(constant.name());
		}
		problem(at(path, field), "must be one of " + String.join(", ", names));
		return null;
	}

	/** The list's elements, null where an element was refused; null when the list itself is missing or wrong. */
	private <T> List<T> list(JsonNode node, String path, String field, boolean required, int min, int max,
			BiFunction<JsonNode, String, T> element) {
		JsonNode value = node.get(field);
		String at = at(path, field);
		if (value == null || value.isNull()) {
			if (required) {
				problem(at, "is missing");
			}
			return null;
		}
		if (!value.isArray()) {
			problem(at, "must be a list (a JSON array)");
			return null;
		}
		if (value.size() < min || value.size() > max) {
			problem(at, "must have " + (min == max ? min : min + " to " + max) + " entries, not " + value.size());
			return null;
		}
		var elements = new ArrayList<T>();
		for (int index = 0; index < value.size(); index++) {
			elements.add(element.apply(value.get(index), at + "[" + index + "]"));
		}
		return elements;
	}

	private static boolean hasGaps(List<?> elements) {
		return elements.stream().anyMatch(java.util.Objects::isNull);
	}

	private static boolean isPresent(JsonNode node, String field) {
		return node.get(field) != null && !node.get(field).isNull();
	}

	private static String at(String path, String field) {
		return path.isEmpty() ? field : path + "." + field;
	}

	private void problem(String path, String message) {
		problems.add((path.isEmpty() ? "" : path + ": ") + message);
	}
}
