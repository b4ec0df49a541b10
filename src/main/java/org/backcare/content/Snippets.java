package org.backcare.content;

/**
 * Turns PostgreSQL's {@code ts_headline} output into safe HTML. The database marks matches with two characters
 * from Unicode's private use area (and removes them from the text first), so everything else can be escaped and
 * only then the markers become mark elements: whatever an article's text holds, no tag of it reaches the page.
 */
final class Snippets {

	static final char START = '\uE000';

	static final char STOP = '\uE001';

	private Snippets() {
	}

	static String html(String headline) {
		if (headline == null) {
			return null;
		}
		StringBuilder html = new StringBuilder(headline.length() + 32);
		for (int i = 0; i < headline.length(); i++) {
			char c = headline.charAt(i);
			switch (c) {
				case START -> html.append("<mark>");
				case STOP -> html.append("</mark>");
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&#34;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
		return html.toString().strip();
	}
}
