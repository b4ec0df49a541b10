package org.backcare.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** The made-up instruments of docs/instruments.md, read from the document itself so that it stays correct. */
final class InstrumentExamples {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

	private InstrumentExamples() {
	}

	/** The Morning Stiffness Index: 5 items of 0–4, SUM, lower is better, MIC 3 points or 30%, three bands. */
	static String morningStiffness() {
		return blocks().get(0);
	}

	/** The Back Outlook Sorter: 7 items, SUBSCALES with an "outlook" subscale, categories HIGH, MEDIUM, LOW. */
	static String outlookSorter() {
		return blocks().get(1);
	}

	/** The definition with a code no other test uses, for tests that share one database. */
	static String withUniqueCode(String json) {
		String code = "T" + SEQUENCE.incrementAndGet() + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		return json.replaceFirst("\"code\": \"[A-Z]+\"", "\"code\": \"" + code.substring(0, Math.min(20, code.length())) + "\"");
	}

	private static List<String> blocks() {
		try {
			var matcher = JSON_BLOCK.matcher(Files.readString(Path.of("docs/instruments.md")));
			var blocks = new ArrayList<String>();
			while (matcher.find()) {
				blocks.add(matcher.group(1));
			}
			return blocks;
		}
		catch (IOException missing) {
			throw new IllegalStateException(missing);
		}
	}
}
