package org.backcare.scheduling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A therapist's licence, registration or certificate (clinical facts 8.7), as the admin verified it on the
 * issuing authority's public register.
 *
 * @param jurisdiction ISO 3166-2, e.g. US-IL
 */
record Credential(long id, long therapistId, CredentialType type, String title, String issuingAuthority,
		String jurisdiction, String number, CredentialStatus status, boolean authorisedToPractise, LocalDate issuedOn,
		LocalDate expiresOn, LocalDate lastVerifiedOn, LocalDate insuranceExpiresOn) {

	/** L3: how many days before its expiry a credential is flagged for renewal. */
	static final int WARN_DAYS = 60;

	enum CredentialType {
		LICENCE, REGISTRATION, STATE_CERTIFICATION, BOARD_CERTIFICATION, CE_CERTIFICATE;

		String label() {
			return switch (this) {
				case LICENCE -> "Licence";
				case REGISTRATION -> "Registration";
				case STATE_CERTIFICATION -> "State certification";
				case BOARD_CERTIFICATION -> "Board certification (voluntary, not a licence)";
				case CE_CERTIFICATE -> "Continuing-education certificate";
			};
		}
	}

	enum CredentialStatus {
		ACTIVE, INACTIVE, SUSPENDED, REVOKED, EXPIRED, LAPSED_IN_GRACE;

		String label() {
			return this == LAPSED_IN_GRACE ? "Lapsed, in its grace period" : name().charAt(0) + name().substring(1).toLowerCase();
		}
	}

	/** Where a credential stands on a day, for rules L1 and L3. */
	enum Standing {
		/** allows practice, and expires more than {@link #WARN_DAYS} days later */
		BOOKABLE,
		/** allows practice, but expires within {@link #WARN_DAYS} days (L3) */
		EXPIRING,
		/** the expiry date has passed, or the register says it expired */
		EXPIRED,
		/** not active or not authorised to practise */
		NOT_IN_GOOD_STANDING,
		/** issued on a later day */
		NOT_YET_VALID
	}

	/** L1: active, authorised to practise, issued and not expired on that day, in that jurisdiction. */
	boolean allowsPractice(String where, LocalDate day) {
		return status == CredentialStatus.ACTIVE && authorisedToPractise && jurisdiction.equals(where)
				&& !day.isAfter(expiresOn) && (issuedOn == null || !day.isBefore(issuedOn));
	}

	/** L1 and L3 on that day, in its own jurisdiction. */
	Standing standing(LocalDate today) {
		if (status == CredentialStatus.EXPIRED || today.isAfter(expiresOn)) {
			return Standing.EXPIRED;
		}
		if (status != CredentialStatus.ACTIVE || !authorisedToPractise) {
			return Standing.NOT_IN_GOOD_STANDING;
		}
		if (issuedOn != null && today.isBefore(issuedOn)) {
			return Standing.NOT_YET_VALID;
		}
		return daysLeft(today) <= WARN_DAYS ? Standing.EXPIRING : Standing.BOOKABLE;
	}

	/** Days from today to the expiry date: 0 on the last day it is valid. */
	long daysLeft(LocalDate today) {
		return ChronoUnit.DAYS.between(today, expiresOn);
	}

	/** Liability insurance on record has run out (L1 asks for it where practice is unregulated). */
	boolean insuranceExpired(LocalDate today) {
		return insuranceExpiresOn != null && today.isAfter(insuranceExpiresOn);
	}
}
