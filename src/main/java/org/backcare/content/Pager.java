package org.backcare.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The page links under a list: numbered pages and previous / next, keeping the list's other parameters (tag,
 * search words) in each link.
 */
record Pager(String path, Map<String, String> parameters, int page, int totalPages) {

	static Pager of(String path, int page, int total, int size, String... nameValuePairs) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (int i = 0; i < nameValuePairs.length; i += 2) {
			if (nameValuePairs[i + 1] != null && !nameValuePairs[i + 1].isBlank()) {
				parameters.put(nameValuePairs[i], nameValuePairs[i + 1]);
			}
		}
		return new Pager(path, parameters, page, Math.max(1, (total + size - 1) / size));
	}

	boolean needed() {
		return totalPages > 1;
	}

	Integer previous() {
		return page > 1 ? page - 1 : null;
	}

	Integer next() {
		return page < totalPages ? page + 1 : null;
	}

	int[] numbers() {
		return IntStream.rangeClosed(1, totalPages).toArray();
	}

	String url(int number) {
		Map<String, String> all = new LinkedHashMap<>(parameters);
		if (number > 1) {
			all.put("page", String.valueOf(number));
		}
		return all.isEmpty() ? path : path + "?" + all.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}
}
