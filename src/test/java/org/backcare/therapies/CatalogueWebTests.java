package org.backcare.therapies;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class CatalogueWebTests {

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsEveryTechniqueWithItsSummaryAndTheActivePricesOnly() {
		Offers.offer(catalogue, jdbc, Technique.LOMILOMI, 90, 143_21, Skill.LOMILOMI, "Lomilomi, 90 minutes");
		Offers.inactive(catalogue, Technique.LOMILOMI, 30, 41_99, "Lomilomi taster");

		var page = new WebSession(port).get("/therapies");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Massage techniques for lower back pain", "Swedish massage",
				"Deep tissue massage", "Trigger point therapy", "Myofascial release", "Prenatal massage", "Lomilomi",
				"Ashiatsu", "Hip and gluteal work", "A Hawaiian massage of long, flowing forearm strokes",
				"90 minutes: $143.21", "no technique has been shown to work better than the others",
				"Go to the emergency department now")
			.doesNotContain("$41.99");
		assertThat(page.body()).contains("href=\"/therapies/hip-and-glute\"");
	}

	@Test
	void showsATechniqueWithWhoShouldAvoidItTheRulesBehindThatAndItsServices() {
		Offers.offer(catalogue, jdbc, Technique.DEEP_TISSUE, 90, 147_50, Skill.DEEP_TISSUE, "Deep tissue, long session");

		var page = new WebSession(port).get("/therapies/deep-tissue");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Deep tissue massage", "What it is", "Who it suits",
				"Typical pressure Moderate to deep", "Positions Face down, on your left side or on your right side",
				"Not if you take blood thinners", "(For therapists: M1, P7)", "(For therapists: M6, M9, P7)",
				"helped lower back pain no more than relaxation massage", "Cherkin 2011", "Your safety comes first", "a leg that is getting weaker");
		assertThat(page.itemWith("Deep tissue, long session")).contains("90 minutes: $147.50",
				"With a therapist trained in deep tissue massage");
		assertThat(page.text()).doesNotContainIgnoringCase("detox");
	}

	@Test
	void tellsWhenATechniqueIsNotOfferedAtTheMoment() {
		for (int minutes : new int[] { 30, 60, 90 }) {
			Offers.retire(jdbc, Technique.ASHIATSU, minutes);
		}

		var page = new WebSession(port).get("/therapies/ashiatsu");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("We don't offer Ashiatsu at the moment", "Face down for the whole session");
	}

	@Test
	void answers404WithTheFriendlyPageForAnUnknownTechnique() {
		var page = new WebSession(port).get("/therapies/hot-stones");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("We can't find that page");
	}

	@Test
	void everyTechniqueHasAPageWithCautions() {
		var visitor = new WebSession(port);
		for (TechniqueProfile technique : catalogue.techniques()) {
			var page = visitor.get("/therapies/" + technique.slug());
			assertThat(page.status()).as(technique.slug()).isEqualTo(200);
			assertThat(page.text()).as(technique.slug())
				.contains(technique.name(), technique.cautions().get(0).advice());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/therapies", "/therapies/swedish" })
	void readingTheCatalogueStartsNoSession(String path) throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}
}
