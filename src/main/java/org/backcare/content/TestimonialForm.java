package org.backcare.content;

import java.util.Arrays;

import org.backcare.platform.FormErrors;

/** The testimonial form as posted: the words, how the name is shown, and the consent tick. */
record TestimonialForm(String text, String nameShown, String consent) {

	static final int MIN = 20;

	static final int MAX = 1500;

	static TestimonialForm blank() {
		return new TestimonialForm("", NameShown.FIRST_NAME_INITIAL.name(), null);
	}

	String words() {
		return text == null ? "" : text.strip();
	}

	boolean consented() {
		return consent != null && !consent.isBlank();
	}

	/** The choice, or null when none (or an unknown one) was sent. */
	NameShown shown() {
		return Arrays.stream(NameShown.values()).filter(choice -> choice.name().equals(nameShown)).findFirst().orElse(null);
	}

	FormErrors problems() {
		var errors = FormErrors.none();
		int length = words().length();
		if (length < MIN || length > MAX) {
			errors.field("text", length == 0 ? "Write a few words about your experience."
					: "Your testimonial needs " + MIN + " to " + MAX + " characters; it has " + length + ".");
		}
		if (shown() == null) {
			errors.field("nameShown", "Choose how your name is shown.");
		}
		if (!consented()) {
			errors.field("consent", "Tick the box to agree that we may publish it, or leave the page without sending.");
		}
		return errors;
	}
}
