package org.backcare.newsletter;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a CSV file as RFC 4180 writes it (CRLF ends it; a cell with a comma, quote or line break is quoted,
 * its quotes doubled). A cell a spreadsheet would run as a formula (starting with = + - @ tab or CR) gets a
 * leading apostrophe, as OWASP advises against CSV injection: a first name like =HYPERLINK(...) stays text.
 */
final class CsvRow {

	private CsvRow() {
	}

	static String of(List<String> cells) {
		return cells.stream().map(CsvRow::cell).collect(Collectors.joining(",", "", "\r\n"));
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quoted = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
		return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}
}
