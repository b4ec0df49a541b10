package org.backcare.newsletter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tips file (src/main/resources/newsletter/tips.md, whose opening describes the format): each tip is a
 * {@code ## slug} line, Title, Audience and Rules lines, a blank line and the body. Everything before the first
 * tip is documentation.
 */
final class TipFile {

	/** One tip as the file has it. */
	record Entry(String slug, TipText text) {
	}

	private TipFile() {
	}

	/** @throws IllegalArgumentException naming the tip when one is malformed */
	static List<Entry> parse(String content) {
		List<Entry> entries = new ArrayList<>();
		String[] blocks = ("\n" + content.replace("\r\n", "\n")).split("\n## ");
		for (int i = 1; i < blocks.length; i++) {
			entries.add(entry(blocks[i]));
		}
		return entries;
	}

	private static Entry entry(String block) {
		int headerEnd = block.indexOf("\n\n");
		String[] lines = (headerEnd < 0 ? block : block.substring(0, headerEnd)).split("\n");
		String slug = lines[0].strip();
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon < 0) {
				throw new IllegalArgumentException("Tip " + slug + ": expected 'Name: value', found: " + lines[i]);
			}
			headers.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
		}
		String body = headerEnd < 0 ? "" : block.substring(headerEnd).strip();
		String title = headers.get("Title");
		String audience = headers.getOrDefault("Audience", "");
		if (title == null || title.isEmpty() || body.isEmpty()) {
			throw new IllegalArgumentException("Tip " + slug + " needs a Title line and a body");
		}
		return new Entry(slug, new TipText(title, body, audience(slug, audience), headers.getOrDefault("Rules", "")));
	}

	private static Interest audience(String slug, String code) {
		if (code.isEmpty() || "everyone".equals(code)) {
			return null;
		}
		return Tip.AUDIENCES.stream()
			.filter(interest -> interest.name().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Tip " + slug + ": unknown audience " + code));
	}
}
