package org.backcare.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.backcare.platform.FileType;
import org.backcare.platform.FormErrors;

/**
 * What a therapist types and uploads to record a clearance, and its checks. The letter's type is read from its
 * first bytes, not from what the browser claims, so only real PDF, JPEG and PNG files are kept.
 */
record ClearanceForm(String clearedBy, String clearedOn, String note, String letterName, long letterSize, byte[] letter) {

	/** An empty form. */
	static final ClearanceForm BLANK = new ClearanceForm(null, null, null, null, 0, null);

	static final int MAX_LETTER_BYTES = 5 * 1024 * 1024;

	boolean hasLetter() {
		return letterSize > 0;
	}

	String trimmedNote() {
		return note == null || note.isBlank() ? null : note.strip();
	}

	FormErrors check(LocalDate today) {
		var errors = FormErrors.none();
		if (clearedBy == null || clearedBy.strip().length() < 2 || clearedBy.strip().length() > 200) {
			errors.field("clearedBy", "Enter who cleared the client, e.g. the doctor's name and practice.");
		}
		LocalDate day = day();
		if (day == null) {
			errors.field("clearedOn", "Enter the date of the clearance.");
		}
		else if (day.isAfter(today)) {
			errors.field("clearedOn", "The clearance cannot be dated in the future.");
		}
		if (note != null && note.length() > 4000) {
			errors.field("note", "Keep the note under 4,000 characters.");
		}
		if (hasLetter() && (letterSize > MAX_LETTER_BYTES || letter == null)) {
			errors.field("letter", "The letter is too large: at most 5 MB.");
		}
		else if (hasLetter() && letterType() == null) {
			errors.field("letter", "Upload the letter as a PDF, JPEG or PNG file.");
		}
		if (!hasLetter() && trimmedNote() == null) {
			errors.field("note", "Upload the clearance letter or write down what the clearance says.");
		}
		return errors;
	}

	LocalDate day() {
		try {
			return clearedOn == null || clearedOn.isBlank() ? null : LocalDate.parse(clearedOn.strip());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	/** The letter's media type by its first bytes, or null for anything but PDF, PNG and JPEG. */
	String letterType() {
		return FileType.of(letter).map(FileType::mediaType).orElse(null);
	}
}
