package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class TherapistProfilesWebTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F' };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInvitedTherapistHasNoProfileUntilTheAdminCreatesOneWithTheirTraining() {
		var admin = WebSession.signedInAdmin(port);
		String name = "Nadia Newcomer " + PracticeSetUp.unique();
		long id = PracticeSetUp.therapist(admin, name);
		assertThat(admin.get("/admin/therapists").rowWith(name)).contains("No profile yet");
		var blank = admin.get("/admin/therapists/" + id);
		assertThat(blank.text()).contains(name + " has no profile yet", "Create the profile").doesNotContain("Working times");
		assertThat(blank.checked("active")).as("a new profile can be booked by default").isTrue();

		var created = admin.post("/admin/therapists/" + id, List.of("bio", "  Calm, slow work for desk backs.  ", "skills", "PRENATAL",
				"skills", "DEEP_TISSUE", "active", "true"));

		assertThat(created.location()).isEqualTo("/admin/therapists/" + id + "?created");
		var page = admin.follow(created);
		assertThat(page.text()).contains("The profile is created", "Calm, slow work for desk backs.", "No credential yet", "Working times");
		assertThat(page.checked("skills")).as("prenatal, the first training").isTrue();
		assertThat(page.checked("skills-DEEP_TISSUE")).isTrue();
		assertThat(page.checked("skills-ASHIATSU")).isFalse();
		assertThat(admin.get("/admin/therapists").rowWith(name)).contains("Active", "prenatal massage", "deep tissue massage",
				"No credential — not bookable");
	}

	@Test
	void theAdminMakesAProfileInactiveAndChangesTheTraining() {
		var admin = WebSession.signedInAdmin(port);
		String name = "Ivo Inactive " + PracticeSetUp.unique();
		long id = PracticeSetUp.therapistWithProfile(admin, name, "LOMILOMI");

		var saved = admin.post("/admin/therapists/" + id, List.of("bio", "On leave.", "skills", "ASHIATSU"));

		assertThat(saved.location()).isEqualTo("/admin/therapists/" + id + "?saved");
		var page = admin.follow(saved);
		assertThat(page.text()).contains("The profile is saved", "The profile is inactive");
		assertThat(page.checked("active")).isFalse();
		assertThat(page.checked("skills-ASHIATSU")).isTrue();
		assertThat(page.checked("skills-LOMILOMI")).isFalse();
		assertThat(admin.get("/admin/therapists").rowWith(name)).contains("Inactive: not offered", "ashiatsu").doesNotContain("Lomilomi");
	}

	@Test
	void refusesATooLongBioAndUnknownTrainingAndKeepsWhatWasTyped() {
		var admin = WebSession.signedInAdmin(port);
		long id = PracticeSetUp.therapist(admin, "Lena Lengthy " + PracticeSetUp.unique());
		admin.get("/admin/therapists/" + id);

		var refused = admin.post("/admin/therapists/" + id, List.of("bio", "x".repeat(2001), "skills", "HOT_STONES", "active", "true"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Keep the bio to 2,000 characters or fewer (it has 2001)", "Choose the training from the list");
		assertThat(refused.find("<textarea id=\"bio\"[^>]*>(x+)</textarea>")).hasSize(2001);
		assertThat(admin.get("/admin/therapists").rowWith("Lena Lengthy")).contains("No profile yet");
	}

	@Test
	void aPhotoIsRecognisedByItsFirstBytesAndShownWhileTheTherapistIsActive() {
		var admin = WebSession.signedInAdmin(port);
		long id = PracticeSetUp.therapistWithProfile(admin, "Pia Portrait " + PracticeSetUp.unique());
		String page = "/admin/therapists/" + id;
		admin.get(page);

		var renamed = admin.postMultipart(page, List.of("bio", "", "active", "true"), "photo", "me.jpg", "image/jpeg", PNG);
		var text = admin.postMultipart(page, List.of("bio", "", "active", "true"), "photo", "me.png", "image/png",
				"not an image".getBytes(StandardCharsets.US_ASCII));
		byte[] huge = Arrays.copyOf(JPEG, 2 * 1024 * 1024 + 1);
		var tooLarge = admin.postMultipart(page, List.of("bio", "", "active", "true"), "photo", "big.jpg", "image/jpeg", huge);

		assertThat(renamed.location()).isEqualTo(page + "?saved");
		assertThat(text.status()).isEqualTo(422);
		assertThat(text.text()).contains("Upload the photo as a JPEG or PNG file");
		assertThat(tooLarge.status()).isEqualTo(422);
		assertThat(tooLarge.text()).contains("The photo is too large: at most 2 MB");
		var visitor = new WebSession(port);
		var photo = visitor.get("/therapists/" + id + "/photo");
		assertThat(photo.status()).isEqualTo(200);
		assertThat(photo.mediaType()).as("the type its bytes say, not its name").isEqualTo("image/png");
		assertThat(admin.get(page).body()).contains("src=\"/therapists/" + id + "/photo\"");

		admin.post(page, List.of("bio", "", "active", "false"));
		assertThat(visitor.get("/therapists/" + id + "/photo").status()).as("not shown once inactive").isEqualTo(404);
		assertThat(admin.get("/therapists/" + id + "/photo").status()).as("the admin still sees it").isEqualTo(200);

		admin.post(page, List.of("bio", "", "active", "true", "removePhoto", "true"));
		assertThat(visitor.get("/therapists/" + id + "/photo").status()).isEqualTo(404);
	}

	@Test
	void unknownTherapistsAndAccountsThatAreNoTherapistsAreNotFound() {
		var admin = WebSession.signedInAdmin(port);
		String email = TestData.email("client");
		WebSession.signedInClient(port, "Carl Client", email);
		long clientId = jdbc.sql("select id from accounts where email = :email").param("email", email).query(Long.class).single();
		long noProfile = PracticeSetUp.therapist(admin, "Nico Noprofile " + PracticeSetUp.unique());

		assertThat(admin.get("/admin/therapists/999999").status()).isEqualTo(404);
		assertThat(admin.post("/admin/therapists/999999", List.of("bio", "", "active", "true")).status()).isEqualTo(404);
		assertThat(admin.get("/admin/therapists/" + clientId).status()).as("a client is no therapist").isEqualTo(404);
		assertThat(admin.get("/admin/therapists/" + noProfile + "/credentials/new").status()).as("credentials need a profile").isEqualTo(404);
		assertThat(admin.post("/admin/therapists/" + noProfile + "/hours", List.of("hoursLocation", "1")).status()).isEqualTo(404);
		assertThat(new WebSession(port).get("/therapists/999999/photo").status()).isEqualTo(404);
	}

	@Test
	void onlyAdminsManageTherapists() {
		var client = WebSession.signedInClient(port, "Tess Trespass", TestData.email("trespass"));
		var therapist = WebSession.signedInTherapist(port, "Theo Therapist", TestData.email("theo"));
		var anonymous = new WebSession(port);

		assertThat(client.get("/admin/therapists").status()).isEqualTo(403);
		assertThat(therapist.get("/admin/therapists").status()).isEqualTo(403);
		assertThat(therapist.post("/admin/therapists/1", List.of("bio", "Me, myself", "active", "true")).status()).isEqualTo(403);
		assertThat(client.post("/admin/booking-rules/1", List.of("bufferBefore", "0")).status()).isEqualTo(403);
		var signIn = anonymous.get("/admin/therapists");
		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.location()).endsWith("/sign-in");
	}
}
