package org.backcare.sessions;

import org.backcare.platform.FormErrors;

/**
 * The check-in form as posted, every field as typed so a refused answer comes back as it was sent. Checkboxes
 * are null when unticked; yes-or-no questions post {@code yes} or {@code no}.
 */
record CheckInForm(String soreness, String sorenessFor, String bruising, String headache, String fatigue,
		String legWeakness, String numbness, String painWorse, String anythingNew, String painToday) {

	static final int LONGEST_NOTE = 2000;

	static CheckInForm empty() {
		return new CheckInForm(null, null, null, null, null, null, null, null, "", null);
	}

	/** The form filled in with earlier answers, to change them. */
	static CheckInForm of(CheckInAnswers answers) {
		return new CheckInForm(String.valueOf(answers.soreness()), SorenessDuration.of(answers.sorenessHours()).name(),
				ticked(answers.bruising()), ticked(answers.headache()), ticked(answers.fatigue()), yesNo(answers.legWeakness()),
				yesNo(answers.numbness()), yesNo(answers.painWorse()), answers.anythingNew() == null ? "" : answers.anythingNew(),
				String.valueOf(answers.painToday()));
	}

	FormErrors check() {
		var errors = FormErrors.none();
		Integer sore = scale(soreness);
		if (sore == null) {
			errors.field("soreness", "Choose how sore you have been, from 0 (not at all) to 10.");
		}
		SorenessDuration lasted = duration();
		if (lasted == null) {
			errors.field("sorenessFor", "Choose how long the soreness lasted, or No soreness.");
		}
		else if (sore != null && sore > 0 && lasted == SorenessDuration.NONE) {
			errors.field("sorenessFor", "You rated your soreness above 0: choose how long it lasted.");
		}
		requireYesOrNo(errors, "legWeakness", legWeakness, "Say whether either leg feels newly weak.");
		requireYesOrNo(errors, "numbness", numbness, "Say whether you have new numbness or tingling.");
		requireYesOrNo(errors, "painWorse", painWorse, "Say whether your pain is getting worse.");
		if (anythingNew != null && anythingNew.strip().length() > LONGEST_NOTE) {
			errors.field("anythingNew", "Keep this under 2,000 characters.");
		}
		if (scale(painToday) == null) {
			errors.field("painToday", "Choose your back pain today, from 0 (none) to 10 (the worst imaginable).");
		}
		return errors;
	}

	/** The answers; call only when {@link #check} found nothing. Soreness of 0 lasted no time at all. */
	CheckInAnswers answers() {
		int sore = scale(soreness);
		String note = anythingNew == null || anythingNew.isBlank() ? null : anythingNew.strip();
		return new CheckInAnswers(sore, sore == 0 ? 0 : duration().hours, ticked(bruising), ticked(headache),
				ticked(fatigue), "yes".equals(legWeakness), "yes".equals(numbness), "yes".equals(painWorse), note,
				scale(painToday));
	}

	private SorenessDuration duration() {
		for (SorenessDuration choice : SorenessDuration.values()) {
			if (choice.name().equals(sorenessFor)) {
				return choice;
			}
		}
		return null;
	}

	private static void requireYesOrNo(FormErrors errors, String field, String value, String message) {
		if (!"yes".equals(value) && !"no".equals(value)) {
			errors.field(field, message);
		}
	}

	private static Integer scale(String text) {
		try {
			int value = Integer.parseInt(text == null ? "" : text.strip());
			return value < 0 || value > 10 ? null : value;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static boolean ticked(String checkbox) {
		return checkbox != null;
	}

	private static String ticked(boolean value) {
		return value ? "on" : null;
	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}
}
