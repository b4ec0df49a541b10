package org.backcare.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text cut into runs of words and web addresses, so a page can show the addresses as links and let the
 * template escape everything. Only http and https addresses become links. The admin mailbox shows emails with it,
 * and articles show reader comments with it.
 */
public final class LinkedText {

	public record Segment(String text, boolean link) {
	}

	private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

	private LinkedText() {
	}

	public static List<Segment> of(String text) {
		List<Segment> segments = new ArrayList<>();
		if (text == null) {
			return segments;
		}
		Matcher matcher = ADDRESS.matcher(text);
		int done = 0;
		while (matcher.find()) {
			int end = endOfAddress(text, matcher.start(), matcher.end());
			if (text.indexOf("://", matcher.start()) + 3 >= end) {
				continue; // nothing after the scheme but punctuation
			}
			if (matcher.start() > done) {
				segments.add(new Segment(text.substring(done, matcher.start()), false));
			}
			segments.add(new Segment(text.substring(matcher.start(), end), true));
			done = end;
		}
		if (done < text.length()) {
			segments.add(new Segment(text.substring(done), false));
		}
		return segments;
	}

	/** How many web addresses the text holds, as {@link #of} would link them. */
	public static int linksIn(String text) {
		return (int) of(text).stream().filter(Segment::link).count();
	}

	/** Punctuation that ends a sentence or closes brackets around an address is not part of it. */
	private static int endOfAddress(String text, int start, int end) {
		while (end > start) {
			char last = text.charAt(end - 1);
			String address = text.substring(start, end);
			boolean closesOutside = (last == ')' && count(address, '(') < count(address, ')'))
					|| (last == ']' && count(address, '[') < count(address, ']'));
			if (".,;:!?'".indexOf(last) < 0 && !closesOutside) {
				return end;
			}
			end--;
		}
		return end;
	}

	private static long count(String text, char wanted) {
		return text.chars().filter(c -> c == wanted).count();
	}
}
