package org.backcare.newsletter;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.backcare.platform.FormErrors;

/**
 * What the admin's tip form sends, as typed. The position is asked only when editing: a new tip joins the end
 * of the cycle.
 *
 * @param audience an Interest name, or empty for everyone
 * @param ruleIds fact-sheet rule ids separated by spaces
 */
record TipForm(String title, String body, String audience, String ruleIds, String position) {

	static final int MOST_TITLE = 120;

	static final int MOST_BODY = 2000;

	static final int MOST_RULES = 60;

	static TipForm blank() {
		return new TipForm("", "", "", "", "");
	}

	static TipForm of(Tip tip) {
		return new TipForm(tip.title(), tip.body(), tip.audience() == null ? "" : tip.audience().name(), tip.ruleIds(),
				String.valueOf(tip.position()));
	}

	/** Messages in the order of the fields on the page, the first problem of each field only. */
	FormErrors errors(boolean editing) {
		var errors = FormErrors.none();
		if (blank(title)) {
			errors.field("title", "Enter a title");
		}
		else if (title.strip().length() > MOST_TITLE) {
			errors.field("title", "Keep the title to " + MOST_TITLE + " characters or fewer");
		}
		if (blank(body)) {
			errors.field("body", "Enter the tip");
		}
		else if (body.strip().length() > MOST_BODY) {
			errors.field("body", "Keep the tip to " + MOST_BODY + " characters or fewer (it has "
					+ body.strip().length() + ")");
		}
		for (String field : List.of("title", "body")) {
			TipWording.promise("title".equals(field) ? title : body)
				.ifPresent(word -> errors.field(field, "A tip never promises a result: rephrase without “" + word + "”"));
		}
		if (!blank(audience) && audienceChoice() == null) {
			errors.field("audience", "Choose who the tip is for from the list");
		}
		String rules = ruleIds == null ? "" : ruleIds.strip();
		if (rules.length() > MOST_RULES) {
			errors.field("ruleIds", "Keep the rule ids to " + MOST_RULES + " characters or fewer");
		}
		else if (!FactRules.unknown(rules).isEmpty()) {
			errors.field("ruleIds", "The fact sheet has no rule " + String.join(", ", FactRules.unknown(rules))
					+ ". Use ids like S1, M6 or A2, separated by spaces");
		}
		if (editing && positionNumber() == null) {
			errors.field("position", "Enter the position as a whole number from 1 to 10000");
		}
		return errors;
	}

	/** Only for a form without {@link #errors}. */
	TipText text() {
		return new TipText(title.strip(), body.strip().replace("\r\n", "\n"), audienceChoice(),
				ruleIds == null ? "" : String.join(" ", ruleIds.strip().split("\\s+")));
	}

	/** A slug made of the title's words, e.g. "Heat for a sore back" gives heat-for-a-sore-back. */
	String slug() {
		String words = Normalizer.normalize(title.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (words.length() > 60) {
			words = words.substring(0, 60).replaceAll("-+$", "");
		}
		return words.isEmpty() ? "tip" : words;
	}

	Interest audienceChoice() {
		return Tip.AUDIENCES.stream().filter(interest -> interest.name().equals(audience)).findFirst().orElse(null);
	}

	Integer positionNumber() {
		if (blank(position) || !position.strip().matches("\\d{1,5}")) {
			return null;
		}
		int number = Integer.parseInt(position.strip());
		return number >= 1 && number <= 10_000 ? number : null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
