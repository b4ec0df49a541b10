package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.backcare.scheduling.Credential.CredentialStatus;
import org.backcare.scheduling.Credential.Standing;
import org.junit.jupiter.api.Test;

class CredentialTest {

	private static final LocalDate ISSUED = LocalDate.of(2024, 1, 15);

	private static final LocalDate EXPIRES = LocalDate.of(2026, 12, 31);

	private static final Credential ILLINOIS = licence("US-IL", CredentialStatus.ACTIVE, true, ISSUED, EXPIRES);

	@Test
	void allowsPracticeUpToAndIncludingTheExpiryDay() {
		assertThat(ILLINOIS.allowsPractice("US-IL", EXPIRES)).isTrue();
		assertThat(ILLINOIS.allowsPractice("US-IL", EXPIRES.minusDays(1))).isTrue();
		assertThat(ILLINOIS.allowsPractice("US-IL", EXPIRES.plusDays(1))).isFalse();
	}

	@Test
	void allowsPracticeFromTheIssueDayOnAndNotBefore() {
		assertThat(ILLINOIS.allowsPractice("US-IL", ISSUED)).isTrue();
		assertThat(ILLINOIS.allowsPractice("US-IL", ISSUED.minusDays(1))).isFalse();
		assertThat(licence("US-IL", CredentialStatus.ACTIVE, true, null, EXPIRES).allowsPractice("US-IL", ISSUED.minusYears(5)))
			.as("no issue date on record").isTrue();
	}

	@Test
	void allowsPracticeOnlyInItsOwnJurisdiction() {
		assertThat(ILLINOIS.allowsPractice("US-WI", LocalDate.of(2025, 6, 1))).isFalse();
		assertThat(ILLINOIS.allowsPractice("US", LocalDate.of(2025, 6, 1))).isFalse();
	}

	@Test
	void allowsPracticeOnlyWhileActiveAndAuthorised() {
		LocalDate day = LocalDate.of(2025, 6, 1);
		for (CredentialStatus status : CredentialStatus.values()) {
			assertThat(licence("US-IL", status, true, ISSUED, EXPIRES).allowsPractice("US-IL", day)).as(status.name())
				.isEqualTo(status == CredentialStatus.ACTIVE);
		}
		assertThat(licence("US-IL", CredentialStatus.ACTIVE, false, ISSUED, EXPIRES).allowsPractice("US-IL", day)).isFalse();
	}

	@Test
	void aTherapistIsLicensedWhereAnyOfTheirCredentialsAllowsIt() {
		var ontario = licence("CA-ON", CredentialStatus.ACTIVE, true, ISSUED, LocalDate.of(2025, 10, 31));
		var suspended = licence("US-NY", CredentialStatus.SUSPENDED, true, ISSUED, EXPIRES);
		var therapist = new Therapist(7, "Maya", "", Set.of(), true, false, List.of(ILLINOIS, ontario, suspended));
		LocalDate day = LocalDate.of(2025, 11, 3);

		assertThat(therapist.licensed("US-IL", day)).isTrue();
		assertThat(therapist.licensed("CA-ON", day)).as("expired on 31 Oct").isFalse();
		assertThat(therapist.licensed("CA-ON", LocalDate.of(2025, 10, 31))).isTrue();
		assertThat(therapist.licensed("US-NY", day)).isFalse();
		assertThat(therapist.licensed(null, day)).as("a location without a jurisdiction").isFalse();
		assertThat(new Therapist(8, "New", "", Set.of(), true, false, List.of()).licensed("US-IL", day)).isFalse();
	}

	@Test
	void standsAsExpiringFromSixtyDaysBeforeTheExpiryDay() {
		assertThat(ILLINOIS.standing(EXPIRES.minusDays(61))).isEqualTo(Standing.BOOKABLE);
		assertThat(ILLINOIS.standing(EXPIRES.minusDays(60))).isEqualTo(Standing.EXPIRING);
		assertThat(ILLINOIS.daysLeft(EXPIRES.minusDays(60))).isEqualTo(60);
		assertThat(ILLINOIS.standing(EXPIRES)).isEqualTo(Standing.EXPIRING);
		assertThat(ILLINOIS.daysLeft(EXPIRES)).isZero();
		assertThat(ILLINOIS.standing(EXPIRES.plusDays(1))).isEqualTo(Standing.EXPIRED);
	}

	@Test
	void standsByTheRegistersWordBeforeItsDates() {
		LocalDate day = LocalDate.of(2025, 6, 1);
		assertThat(licence("US-IL", CredentialStatus.EXPIRED, true, ISSUED, EXPIRES).standing(day)).isEqualTo(Standing.EXPIRED);
		assertThat(licence("US-IL", CredentialStatus.REVOKED, true, ISSUED, EXPIRES).standing(day)).isEqualTo(Standing.NOT_IN_GOOD_STANDING);
		assertThat(licence("US-IL", CredentialStatus.ACTIVE, false, ISSUED, EXPIRES).standing(day)).isEqualTo(Standing.NOT_IN_GOOD_STANDING);
		assertThat(ILLINOIS.standing(ISSUED.minusDays(1))).isEqualTo(Standing.NOT_YET_VALID);
	}

	@Test
	void insuranceHasExpiredTheDayAfterItsExpiryDate() {
		var insured = new Credential(1, 7, Credential.CredentialType.LICENCE, "LMT", "IDFPR", "US-IL", "227.1", CredentialStatus.ACTIVE,
				true, ISSUED, EXPIRES, null, LocalDate.of(2025, 3, 1));

		assertThat(insured.insuranceExpired(LocalDate.of(2025, 3, 1))).isFalse();
		assertThat(insured.insuranceExpired(LocalDate.of(2025, 3, 2))).isTrue();
		assertThat(ILLINOIS.insuranceExpired(LocalDate.of(2025, 3, 2))).as("none on record").isFalse();
	}

	@Test
	void jurisdictionsAreIso3166Codes() {
		assertThat(Jurisdiction.parse(" us-il ")).isEqualTo("US-IL");
		assertThat(Jurisdiction.parse("CA-ON")).isEqualTo("CA-ON");
		assertThat(Jurisdiction.parse("DE")).isEqualTo("DE");
		assertThat(Jurisdiction.parse("Illinois")).isNull();
		assertThat(Jurisdiction.parse("XX-IL")).as("no such country").isNull();
		assertThat(Jurisdiction.parse("US-ILLI")).isNull();
		assertThat(Jurisdiction.parse("")).isNull();
		assertThat(Jurisdiction.parse(null)).isNull();
	}

	private static Credential licence(String jurisdiction, CredentialStatus status, boolean authorised, LocalDate issued, LocalDate expires) {
		return new Credential(1, 7, Credential.CredentialType.LICENCE, "LMT", "IDFPR", jurisdiction, "227.1", status, authorised, issued,
				expires, null, null);
	}
}
