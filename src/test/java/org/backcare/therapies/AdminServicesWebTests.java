package org.backcare.therapies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class AdminServicesWebTests {

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void addsAServiceThatClientsThenSee() {
		Offers.retire(jdbc, Technique.MYOFASCIAL_RELEASE, 30);
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/services/new");

		var added = admin.post("/admin/services/new", form("MYOFASCIAL_RELEASE", "30", "48.5", "MYOFASCIAL_RELEASE", ""));

		assertThat(added.status()).isEqualTo(302);
		assertThat(added.location()).isEqualTo("/admin/services");
		var list = admin.follow(added);
		assertThat(list.text()).contains("Added Myofascial release, 30 minutes.");
		assertThat(list.rowWith("Myofascial release, 30 minutes")).contains("Myofascial release", "30", "$48.50",
				"Myofascial release", "Active");
		assertThat(new WebSession(port).get("/therapies/myofascial-release").itemWith("Myofascial release, 30 minutes"))
			.contains("30 minutes: $48.50", "With a therapist trained in myofascial release");
	}

	@Test
	void changesThePriceLengthAndTrainingOfAService() {
		Offers.retire(jdbc, Technique.HIP_AND_GLUTE, 90);
		Service service = Offers.offer(catalogue, jdbc, Technique.HIP_AND_GLUTE, 30, 55_00, null, "Hip reset");
		var admin = WebSession.signedInAdmin(port);
		var edit = admin.get("/admin/services/" + service.id().value());
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.body()).contains("value=\"55.00\"", "value=\"Hip reset\"");

		var saved = admin.post("/admin/services/" + service.id().value(),
				Map.of("minutes", "90", "price", "120", "requiredSkill", "TRIGGER_POINT", "active", "true", "name",
						"Hip reset, long", "description", "Buttocks, hips and the side of the lower back."));

		assertThat(saved.location()).isEqualTo("/admin/services");
		assertThat(admin.follow(saved).text()).contains("Saved Hip reset, long.");
		var changed = catalogue.service(service.id()).orElseThrow();
		assertThat(changed.minutes()).isEqualTo(90);
		assertThat(changed.price()).isEqualTo(new Price(120_00, Offers.USD));
		assertThat(changed.requiredSkill()).isEqualTo(Skill.TRIGGER_POINT);
		assertThat(changed.technique()).isEqualTo(Technique.HIP_AND_GLUTE);
		assertThat(new WebSession(port).get("/therapies/hip-and-glute").text()).contains("Hip reset, long",
				"Buttocks, hips and the side of the lower back.", "$120.00");
	}

	@Test
	void answers422WithAMessageForEachBadFieldAndSavesNothing() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/services/new");
		long before = Offers.count(jdbc);

		var refused = admin.post("/admin/services/new", form("", "45", "0", "HOT_STONES", "x".repeat(101)));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Please check the form", "Choose a technique",
				"Keep the name under 100 characters", "Choose 30, 60 or 90 minutes", "Enter a price above zero",
				"Choose a training from the list, or none");
		assertThat(Offers.count(jdbc)).isEqualTo(before);
	}

	@Test
	void refusesPricesThatAreNotANumberTooHighOrTooPrecise() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/services/new");

		assertThat(price(admin, "ninety").text()).contains("Enter the price as a number, e.g. 90 or 89.50");
		assertThat(price(admin, "10000").text()).contains("Enter a price below 10,000");
		assertThat(price(admin, "-5").text()).contains("Enter the price as a number");
		var tooPrecise = price(admin, "89.999");
		assertThat(tooPrecise.status()).isEqualTo(422);
		assertThat(tooPrecise.text()).contains("Use at most 2 decimal places");
		assertThat(tooPrecise.body()).contains("value=\"89.999\"");
	}

	@Test
	void answers409WhenAnotherActiveServiceHasTheSameTechniqueAndLength() {
		Offers.offer(catalogue, jdbc, Technique.TRIGGER_POINT, 30, 50_00, Skill.TRIGGER_POINT, "Trigger point, short");
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/services/new");
		long before = Offers.count(jdbc);

		var refused = admin.post("/admin/services/new", form("TRIGGER_POINT", "30", "60", "", "Another short one"));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text()).contains(
				"There is already an active Trigger point therapy service of 30 minutes. Change that one, or make one of them inactive.");
		assertThat(refused.body()).contains("value=\"Another short one\"");
		assertThat(Offers.count(jdbc)).isEqualTo(before);

		var inactive = new HashMap<>(form("TRIGGER_POINT", "30", "60", "", "Another short one"));
		inactive.remove("active");
		assertThat(admin.post("/admin/services/new", inactive).status()).as("an inactive twin is fine").isEqualTo(302);
	}

	@Test
	void answers409WhenAnEditWouldMakeASecondActiveService() {
		Service active = Offers.offer(catalogue, jdbc, Technique.SWEDISH, 90, 125_00, null, "Swedish, long");
		Service old = Offers.inactive(catalogue, Technique.SWEDISH, 90, 99_00, "Swedish, long (old price)");
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/services/" + old.id().value());

		var refused = admin.post("/admin/services/" + old.id().value(),
				Map.of("minutes", "90", "price", "99", "requiredSkill", "", "active", "true", "name", old.name()));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text()).contains("There is already an active Swedish massage service of 90 minutes");
		assertThat(catalogue.service(old.id()).orElseThrow().active()).isFalse();
		assertThat(catalogue.service(active.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void answers404ForAServiceThatDoesNotExist() {
		var admin = WebSession.signedInAdmin(port);

		assertThat(admin.get("/admin/services/987654321").status()).isEqualTo(404);
	}

	@Test
	void refusesTheServiceAdminPagesToAClient() {
		var client = new WebSession(port);
		String email = TestData.email("services-client");
		client.get("/register");
		client.post("/register", Map.of("displayName", "Cleo", "email", email, "password", TestData.PASSWORD));
		String link = org.backcare.TestMail.link(org.backcare.TestMail.awaitLatest(email, 1), "/confirm-email/");
		String path = java.net.URI.create(link).getRawPath();
		client.get(path);
		client.post(path, Map.of());
		client.get("/sign-in");
		assertThat(client.post("/sign-in", Map.of("email", email, "password", TestData.PASSWORD)).location())
			.isEqualTo("/account");

		var list = client.get("/admin/services");
		assertThat(list.status()).isEqualTo(403);
		assertThat(list.text()).contains("This page isn't open to you");
		client.get("/account");
		assertThat(client.post("/admin/services/new", form("SWEDISH", "60", "1", "", "Free massage")).status())
			.isEqualTo(403);
	}

	@Test
	void sendsAVisitorWhoIsNotSignedInToTheSignInForm() {
		var response = new WebSession(port).get("/admin/services");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).endsWith("/sign-in");
	}

	private static WebSession.Response price(WebSession admin, String price) {
		return admin.post("/admin/services/new", form("SWEDISH", "60", price, "", ""));
	}

	private static Map<String, String> form(String technique, String minutes, String price, String skill, String name) {
		return Map.of("technique", technique, "minutes", minutes, "price", price, "requiredSkill", skill, "active",
				"true", "name", name, "description", "");
	}
}
