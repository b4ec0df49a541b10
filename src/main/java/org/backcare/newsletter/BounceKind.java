package org.backcare.newsletter;

import java.util.Arrays;
import java.util.Optional;

/** What a mail provider (or the practice, by hand) reports about an address; either one stops all mail to it. */
enum BounceKind {

	HARD_BOUNCE("hard bounce"), COMPLAINT("complaint");

	/** The longest detail kept with a mark, so the whole reason fits the column's 500 characters. */
	static final int DETAIL_MAX = 400;

	final String words;

	BounceKind(String words) {
		this.words = words;
	}

	/** The bounce reason as stored, e.g. {@code hard bounce: 550 5.1.1 user unknown}. */
	String reason(String detail) {
		return detail == null || detail.isBlank() ? words : words + ": " + detail.strip();
	}

	static Optional<BounceKind> fromCode(String code) {
		return Arrays.stream(values()).filter(kind -> kind.name().equals(code)).findFirst();
	}
}
