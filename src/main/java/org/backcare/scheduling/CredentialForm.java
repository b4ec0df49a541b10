package org.backcare.scheduling;

import java.time.LocalDate;
import java.util.Arrays;

import org.backcare.platform.FormErrors;

/**
 * A credential as the admin copies it from the issuing authority's public register (clinical facts 8.7), with
 * the checks the table makes, in words.
 */
record CredentialForm(String type, String title, String issuingAuthority, String jurisdiction, String number, String status,
		boolean authorisedToPractise, String issuedOn, String expiresOn, String lastVerifiedOn, String insuranceExpiresOn) {

	static final CredentialForm BLANK = new CredentialForm("LICENCE", "", "", "", "", "ACTIVE", true, "", "", "", "");

	static CredentialForm of(Credential credential) {
		return new CredentialForm(credential.type().name(), credential.title(), credential.issuingAuthority(),
				credential.jurisdiction(), credential.number(), credential.status().name(), credential.authorisedToPractise(),
				text(credential.issuedOn()), text(credential.expiresOn()), text(credential.lastVerifiedOn()),
				text(credential.insuranceExpiresOn()));
	}

	FormErrors check(LocalDate today) {
		var errors = FormErrors.none();
		if (named(Credential.CredentialType.values(), type) == null) {
			errors.field("type", "Choose what kind of credential it is.");
		}
		if (length(title) < 1 || length(title) > 20) {
			errors.field("title", "Enter the title it gives, e.g. LMT or RMT (up to 20 characters).");
		}
		if (length(issuingAuthority) < 2 || length(issuingAuthority) > 120) {
			errors.field("issuingAuthority", "Enter who issued it, e.g. the state board (2 to 120 characters).");
		}
		if (Jurisdiction.parse(jurisdiction) == null) {
			errors.field("jurisdiction", "Enter where it is valid as an ISO 3166-2 code, e.g. US-IL or CA-ON.");
		}
		if (length(number) < 1 || length(number) > 40) {
			errors.field("number", "Enter the number as the register shows it (up to 40 characters).");
		}
		if (named(Credential.CredentialStatus.values(), status) == null) {
			errors.field("status", "Choose the status the register shows.");
		}
		LocalDate issued = ScheduleForms.date(issuedOn);
		LocalDate expires = ScheduleForms.date(expiresOn);
		LocalDate verified = ScheduleForms.date(lastVerifiedOn);
		if (issued == null && !blank(issuedOn)) {
			errors.field("issuedOn", "Enter the issue date as a date, or leave it empty.");
		}
		if (expires == null) {
			errors.field("expiresOn", "Enter the date it expires.");
		}
		else if (issued != null && issued.isAfter(expires)) {
			errors.field("expiresOn", "The expiry date is before the issue date.");
		}
		if (verified == null && !blank(lastVerifiedOn)) {
			errors.field("lastVerifiedOn", "Enter the date you checked the register, or leave it empty.");
		}
		else if (verified != null && verified.isAfter(today)) {
			errors.field("lastVerifiedOn", "The register cannot have been checked on a day still to come.");
		}
		if (ScheduleForms.date(insuranceExpiresOn) == null && !blank(insuranceExpiresOn)) {
			errors.field("insuranceExpiresOn", "Enter the date the insurance expires, or leave it empty.");
		}
		return errors;
	}

	/** The credential this form describes; only after {@link #check} found nothing. */
	Credential credential(long id, long therapistId) {
		return new Credential(id, therapistId, Credential.CredentialType.valueOf(type), title.strip(), issuingAuthority.strip(),
				Jurisdiction.parse(jurisdiction), number.strip(), Credential.CredentialStatus.valueOf(status), authorisedToPractise,
				ScheduleForms.date(issuedOn), ScheduleForms.date(expiresOn), ScheduleForms.date(lastVerifiedOn), ScheduleForms.date(insuranceExpiresOn));
	}

	private static <E extends Enum<E>> E named(E[] values, String name) {
		return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst().orElse(null);
	}

	private static boolean blank(String typed) {
		return typed == null || typed.isBlank();
	}

	private static int length(String typed) {
		return typed == null ? 0 : typed.strip().length();
	}

	private static String text(LocalDate day) {
		return day == null ? "" : day.toString();
	}
}
