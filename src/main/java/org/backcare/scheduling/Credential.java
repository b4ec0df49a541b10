package org.backcare.scheduling;

import java.time.LocalDate;

/**
 * A therapist's licence, registration or certificate (clinical facts 8.7), as the admin verified it on the
 * issuing authority's public register.
 *
 * @param jurisdiction ISO 3166-2, e.g. US-IL
 */
record Credential(long id, long therapistId, CredentialType type, String title, String issuingAuthority,
		String jurisdiction, String number, CredentialStatus status, boolean authorisedToPractise, LocalDate issuedOn,
		LocalDate expiresOn, LocalDate lastVerifiedOn, LocalDate insuranceExpiresOn) {

	enum CredentialType {
		LICENCE, REGISTRATION, STATE_CERTIFICATION, BOARD_CERTIFICATION, CE_CERTIFICATE
	}

	enum CredentialStatus {
		ACTIVE, INACTIVE, SUSPENDED, REVOKED, EXPIRED, LAPSED_IN_GRACE
	}

	/** L1: active, authorised to practise, issued and not expired on that day, in that jurisdiction. */
	boolean allowsPractice(String where, LocalDate day) {
		return status == CredentialStatus.ACTIVE && authorisedToPractise && jurisdiction.equals(where)
				&& !day.isAfter(expiresOn) && (issuedOn == null || !day.isBefore(issuedOn));
	}
}
