package org.backcare.scheduling;

import java.nio.charset.StandardCharsets;

/**
 * The text of a calendar file, RFC 5545 section 3.1: content lines ended by CRLF and folded so that no line is
 * longer than 75 octets, never inside a UTF-8 character; property values and parameters escaped.
 */
final class ContentLines {

	private static final int LONGEST = 75;

	private final StringBuilder text = new StringBuilder();

	/** A property whose value is already in its value type's form (a date, a number, a URI). */
	ContentLines raw(String nameAndParameters, String value) {
		return line(nameAndParameters + ":" + value);
	}

	/** A property of type TEXT; nothing is written for a null or blank value. */
	ContentLines text(String name, String value) {
		return value == null || value.isBlank() ? this : raw(name, escaped(value));
	}

	ContentLines line(String line) {
		int octets = 0;
		for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
			int codePoint = line.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > LONGEST) {
				text.append("\r\n ");
				octets = 1; // the space that marks a continuation counts
			}
			text.appendCodePoint(codePoint);
			octets += size;
		}
		text.append("\r\n");
		return this;
	}

	/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped; other controls are dropped. */
	static String escaped(String value) {
		var escaped = new StringBuilder(value.length());
		String lines = value.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < lines.length(); i++) {
			char c = lines.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				default -> {
					if (c == '\t' || !Character.isISOControl(c)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/** A parameter value such as a name in CN=, quoted, with RFC 6868 caret encoding for what quotes can't hold. */
	static String quoted(String value) {
		String encoded = value.replace("^", "^^").replace("\"", "^'").replace("\r\n", "^n").replace("\n", "^n");
		return "\"" + encoded.replaceAll("\\p{Cntrl}", "") + "\"";
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
