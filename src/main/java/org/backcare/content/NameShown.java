package org.backcare.content;

/** How a client chose to be named under their testimonial. */
enum NameShown {

	FULL_NAME, FIRST_NAME_INITIAL, ANONYMOUS;

	static final String ANONYMOUS_NAME = "A BackCare client";

	/** The name to publish for a client called {@code fullName}: Sam Carter, Sam C. or A BackCare client. */
	String display(String fullName) {
		String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
		if (this == ANONYMOUS || name.isEmpty()) {
			return ANONYMOUS_NAME;
		}
		if (this == FULL_NAME) {
			return name;
		}
		int lastSpace = name.lastIndexOf(' ');
		if (lastSpace < 0) {
			return name;
		}
		String first = name.substring(0, name.indexOf(' '));
		return first + " " + name.substring(lastSpace + 1).codePoints()
			.limit(1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".";
	}
}
