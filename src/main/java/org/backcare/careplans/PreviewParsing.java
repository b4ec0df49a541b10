package org.backcare.careplans;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.backcare.careplans.PreviewRequest.FieldMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a preview request strictly and names every bad field. Unknown fields and unknown enum values are found
 * on the JSON tree first (all of them, so one answer lists them all) and left out, so the rest can still be read
 * and checked; broken JSON or a value of the wrong type stops at the first.
 */
final class PreviewParsing {

	private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
		@Override
		protected Map<String, RecordComponent> computeValue(Class<?> record) {
			return Arrays.stream(record.getRecordComponents())
				.collect(Collectors.toUnmodifiableMap(RecordComponent::getName, component -> component));
		}
	};

	private final JsonMapper json;

	private final ObjectReader reader;

	PreviewParsing(JsonMapper json) {
		this.json = json.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.build();
		this.reader = this.json.readerFor(PreviewRequest.class);
	}

	/**
	 * @param request the request as far as it could be read (unknown fields and values left out), or null when it
	 * could not be read at all
	 * @param errors what was wrong while reading it
	 */
	record Result(PreviewRequest request, List<FieldMessage> errors) {
	}

	Result read(byte[] body) {
		JsonNode tree;
		try {
			tree = json.readTree(body);
		}
		catch (JacksonException exception) {
			return new Result(null, List.of(new FieldMessage("body", "The request is not valid JSON.")));
		}
		if (tree == null || !tree.isObject()) {
			return new Result(null, List.of(new FieldMessage("body", "Send the intake as a JSON object.")));
		}
		var errors = new ArrayList<FieldMessage>();
		prune((ObjectNode) tree, PreviewRequest.class, "", errors);
		try {
			return new Result(reader.readValue(tree), errors);
		}
		catch (JacksonException exception) {
			errors.add(new FieldMessage(field(exception), "This value has the wrong type or format."));
			return new Result(null, errors);
		}
	}

	/** Removes and reports fields the record does not have and enum values it does not know. */
	private static void prune(ObjectNode object, Class<?> record, String prefix, List<FieldMessage> errors) {
		Map<String, RecordComponent> components = COMPONENTS.get(record);
		for (Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			String name = prefix + field.getKey();
			RecordComponent component = components.get(field.getKey());
			JsonNode value = field.getValue();
			if (component == null) {
				errors.add(new FieldMessage(name, "Unknown field."));
				fields.remove();
			}
			else if (component.getType().isEnum() && value.isString() && !known(component.getType(), value.asString())) {
				errors.add(new FieldMessage(name, unknownValue(component.getType())));
				fields.remove();
			}
			else if (component.getType() == Set.class && value instanceof ArrayNode array) {
				Class<?> element = elementType(component.getGenericType());
				for (int i = array.size() - 1; i >= 0; i--) {
					if (array.get(i).isString() && !known(element, array.get(i).asString())) {
						errors.add(new FieldMessage(name + "[" + i + "]", unknownValue(element)));
						array.remove(i);
					}
				}
			}
			else if (component.getType().isRecord() && value instanceof ObjectNode nested) {
				prune(nested, component.getType(), name + ".", errors);
			}
		}
	}

	private static boolean known(Class<?> enumType, String value) {
		for (Object constant : enumType.getEnumConstants()) {
			if (((Enum<?>) constant).name().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static Class<?> elementType(Type type) {
		return (Class<?>) ((ParameterizedType) type).getActualTypeArguments()[0];
	}

	private static String unknownValue(Class<?> type) {
		return "Unknown value; expected one of " + List.of(type.getEnumConstants()) + ".";
	}

	private static String field(JacksonException exception) {
		var path = new StringBuilder();
		for (JacksonException.Reference reference : exception.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}
}
