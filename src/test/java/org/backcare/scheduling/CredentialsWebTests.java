package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class CredentialsWebTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@LocalServerPort
	int port;

	@Test
	void theAdminRecordsALicenceAndSeesWhereAndUntilWhenItCanBeBooked() {
		var admin = WebSession.signedInAdmin(port);
		String name = "Lara Licensed " + PracticeSetUp.unique();
		long id = PracticeSetUp.therapistWithProfile(admin, name, "DEEP_TISSUE");
		String number = "227." + PracticeSetUp.unique();
		LocalDate expires = PracticeSetUp.today().plusYears(1);

		var added = PracticeSetUp.addCredential(admin, id, PracticeSetUp.licence(number, "us-il", expires));

		assertThat(added.location()).isEqualTo("/admin/therapists/" + id + "?credential");
		var page = admin.follow(added);
		assertThat(page.text()).contains("The credential is saved").doesNotContain("No credential yet");
		assertThat(page.rowWith(number)).contains("LMT, US-IL", "Licence", PracticeSetUp.ILLINOIS_BOARD,
				"Can be booked in US-IL until " + DAY.format(expires)).doesNotContain("Expires in");
		assertThat(admin.get("/admin/therapists").rowWith(name)).contains("LMT: Can be booked in US-IL until " + DAY.format(expires));
	}

	@Test
	void aLicenceExpiringWithinSixtyDaysIsFlaggedAndOneThatExpiredIsNotBookable() {
		var admin = WebSession.signedInAdmin(port);
		String name = "Rene Renewal " + PracticeSetUp.unique();
		long id = PracticeSetUp.therapistWithProfile(admin, name);
		String number = "227." + PracticeSetUp.unique();
		PracticeSetUp.addCredential(admin, id, PracticeSetUp.licence(number, "US-IL", PracticeSetUp.today().plusDays(61)));
		String credential = admin.get("/admin/therapists/" + id).find("href=\"(/admin/therapists/" + id + "/credentials/\\d+)\"");
		assertThat(admin.get("/admin/therapists").rowWith(name)).doesNotContain("Expires in");

		var edit = admin.get(credential);
		assertThat(edit.inputValue("number")).isEqualTo(number);
		var soon = admin.post(credential, PracticeSetUp.licence(number, "US-IL", PracticeSetUp.today().plusDays(23)));
		assertThat(soon.location()).isEqualTo("/admin/therapists/" + id + "?credential");
		assertThat(admin.get("/admin/therapists").rowWith(name)).contains("Expires in 23 days");
		assertThat(admin.post(credential, PracticeSetUp.licence(number, "US-IL", PracticeSetUp.today().plusDays(60))).isRedirect()).isTrue();
		assertThat(admin.get("/admin/therapists").rowWith(name)).as("L3: 60 days ahead").contains("Expires in 60 days");
		admin.post(credential, PracticeSetUp.licence(number, "US-IL", PracticeSetUp.today()));
		assertThat(admin.get("/admin/therapists").rowWith(name)).contains("Can be booked in US-IL until", "Expires today");

		admin.post(credential, PracticeSetUp.licence(number, "US-IL", PracticeSetUp.today().minusDays(1)));

		assertThat(admin.get("/admin/therapists").rowWith(name)).contains("Expired — not bookable").doesNotContain("Can be booked");
	}

	@Test
	void aSuspendedOrUnauthorisedLicenceIsNotBookableAndLapsedInsuranceIsFlagged() {
		var admin = WebSession.signedInAdmin(port);
		String name = "Sid Suspended " + PracticeSetUp.unique();
		long id = PracticeSetUp.therapistWithProfile(admin, name);
		var suspended = PracticeSetUp.with(PracticeSetUp.licence("S-" + PracticeSetUp.unique(), "US-IL", PracticeSetUp.today().plusYears(1)),
				"status", "SUSPENDED");
		var unauthorised = PracticeSetUp.with(PracticeSetUp.licence("U-" + PracticeSetUp.unique(), "CA-ON", PracticeSetUp.today().plusYears(1)),
				"authorisedToPractise", "false");
		var uninsured = PracticeSetUp.with(PracticeSetUp.licence("I-" + PracticeSetUp.unique(), "US-NY", PracticeSetUp.today().plusYears(1)),
				"insuranceExpiresOn", PracticeSetUp.today().minusDays(3).toString());

		PracticeSetUp.addCredential(admin, id, suspended);
		PracticeSetUp.addCredential(admin, id, unauthorised);
		PracticeSetUp.addCredential(admin, id, uninsured);

		var page = admin.get("/admin/therapists/" + id);
		assertThat(page.rowWith(suspended.get(suspended.indexOf("number") + 1))).contains("Suspended — not bookable");
		assertThat(page.rowWith(unauthorised.get(unauthorised.indexOf("number") + 1))).contains("Not authorised to practise — not bookable");
		assertThat(page.rowWith(uninsured.get(uninsured.indexOf("number") + 1))).contains("Can be booked in US-NY",
				"Insurance expired on " + DAY.format(PracticeSetUp.today().minusDays(3)));
	}

	@Test
	void refusesACredentialThatIsNotWhatARegisterShows() {
		var admin = WebSession.signedInAdmin(port);
		long id = PracticeSetUp.therapistWithProfile(admin, "Will Wrong " + PracticeSetUp.unique());
		var form = PracticeSetUp.licence("", "Illinois", PracticeSetUp.today().plusYears(1));
		form = PracticeSetUp.with(form, "title", "Licensed Massage Therapist");
		form = PracticeSetUp.with(form, "issuedOn", PracticeSetUp.today().plusYears(2).toString());
		form = PracticeSetUp.with(form, "lastVerifiedOn", PracticeSetUp.today().plusDays(1).toString());
		form = PracticeSetUp.with(form, "status", "PENDING");

		var refused = PracticeSetUp.addCredential(admin, id, form);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Enter the title it gives, e.g. LMT or RMT (up to 20 characters)",
				"Enter where it is valid as an ISO 3166-2 code", "Enter the number as the register shows it",
				"The expiry date is before the issue date", "The register cannot have been checked on a day still to come",
				"Choose the status the register shows");
		assertThat(refused.inputValue("jurisdiction")).isEqualTo("Illinois");
		var noExpiry = PracticeSetUp.addCredential(admin, id, PracticeSetUp.with(PracticeSetUp.licence("N-1", "US-IL", PracticeSetUp.today()), "expiresOn", ""));
		assertThat(noExpiry.status()).isEqualTo(422);
		assertThat(noExpiry.text()).contains("Enter the date it expires");
		assertThat(admin.get("/admin/therapists/" + id).text()).contains("No credential yet");
	}

	@Test
	void aNumberTheAuthorityIssuedOnceCannotBeRecordedTwice() {
		var admin = WebSession.signedInAdmin(port);
		long first = PracticeSetUp.therapistWithProfile(admin, "Fay First " + PracticeSetUp.unique());
		long second = PracticeSetUp.therapistWithProfile(admin, "Sam Second " + PracticeSetUp.unique());
		String number = "lmt-" + PracticeSetUp.unique();
		PracticeSetUp.addCredential(admin, first, PracticeSetUp.licence(number, "US-IL", PracticeSetUp.today().plusYears(1)));
		var other = PracticeSetUp.licence("OTHER-" + PracticeSetUp.unique(), "US-IL", PracticeSetUp.today().plusYears(1));
		PracticeSetUp.addCredential(admin, second, other);

		var twice = PracticeSetUp.addCredential(admin, second, PracticeSetUp.licence(number.toUpperCase(), "US-IL", PracticeSetUp.today().plusYears(1)));
		String credential = admin.get("/admin/therapists/" + second).find("href=\"(/admin/therapists/" + second + "/credentials/\\d+)\"");
		var renumbered = admin.post(credential, PracticeSetUp.licence(number, "US-IL", PracticeSetUp.today().plusYears(1)));

		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.text()).contains("This issuing authority's number is on record already");
		assertThat(twice.inputValue("number")).isEqualTo(number.toUpperCase());
		assertThat(renumbered.status()).isEqualTo(409);
		assertThat(admin.get("/admin/therapists/" + second).rowWith(other.get(other.indexOf("number") + 1))).isNotNull();
	}

	@Test
	void anotherTherapistsCredentialOrAnUnknownOneIsNotFound() {
		var admin = WebSession.signedInAdmin(port);
		long owner = PracticeSetUp.therapistWithProfile(admin, "Olu Owner " + PracticeSetUp.unique());
		long other = PracticeSetUp.therapistWithProfile(admin, "Otto Other " + PracticeSetUp.unique());
		PracticeSetUp.addCredential(admin, owner, PracticeSetUp.licence("O-" + PracticeSetUp.unique(), "US-IL", PracticeSetUp.today().plusYears(1)));
		String credentialId = admin.get("/admin/therapists/" + owner).find("href=\"/admin/therapists/" + owner + "/credentials/(\\d+)\"");

		assertThat(admin.get("/admin/therapists/" + other + "/credentials/" + credentialId).status()).isEqualTo(404);
		assertThat(admin.post("/admin/therapists/" + other + "/credentials/" + credentialId,
				PracticeSetUp.licence("X-1", "US-IL", PracticeSetUp.today().plusYears(1))).status()).isEqualTo(404);
		assertThat(admin.get("/admin/therapists/" + owner + "/credentials/999999").status()).isEqualTo(404);
		assertThat(admin.get("/admin/therapists/999999/credentials/new").status()).isEqualTo(404);
	}
}
