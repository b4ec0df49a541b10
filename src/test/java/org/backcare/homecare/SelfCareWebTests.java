package org.backcare.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class SelfCareWebTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theLibraryGroupsItemsByKindAndLinksToEachOfThem() throws Exception {
		var response = get("/self-care");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(text(response.body())).contains("Self-care for your lower back", "Keep moving, rest well", "Warmth",
				"Gentle stretches", "Self-massage", "Before your session", "After your session",
				"Moderate evidence", "Your safety comes first");
		for (String slug : HomeCareLibraryIntegrationTests.PLAN_SLUGS) {
			assertThat(response.body()).contains("href=\"/self-care/" + slug + "\"");
		}
		assertThat(response.body().indexOf("id=\"movement-heading\""))
			.isLessThan(response.body().indexOf("id=\"self-massage-heading\""))
			.isLessThan(response.body().indexOf("id=\"aftercare-heading\""));
	}

	@Test
	void anItemShowsWhyStepsInOrderHowOftenCautionsWhoShouldNotAndEquipment() throws Exception {
		var response = get("/self-care/heat-wrap");

		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(body).contains("<h1>Heat wrap or heat pack</h1>", "<ol class=\"homecare-steps\">");
		assertThat(text(body)).contains("Why it helps", "Moderate evidence", "Step by step", "How long and how often",
				"15 to 20 minutes at a time", "Take care", "Never fall asleep", "Who should not do this",
				"skin that feels numb", "What you need", "A cold pack, if you prefer cold (optional)");
		assertThat(body.indexOf("Warm the pack")).isLessThan(body.indexOf("Wrap it in a thin towel"));
	}

	@Test
	void thePreparationChecklistSaysWhenNotToCome() throws Exception {
		var response = get("/self-care/preparation-checklist");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(text(response.body())).contains("Getting ready for your massage", "When not to come",
				"Come hydrated");
	}

	@Test
	void anUnknownItemGetsTheFriendlyNotFoundPage() throws Exception {
		var response = get("/self-care/detox-tea");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(text(response.body())).contains("We can't find that page");
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void readingTheLibraryStartsNoSession() throws Exception {
		assertThat(get("/self-care").headers().allValues("Set-Cookie")).isEmpty();
		assertThat(get("/self-care/cat-cow").headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void theIllustrationsTheItemsShowExist() throws Exception {
		int checked = 0;
		for (String slug : HomeCareLibraryIntegrationTests.PLAN_SLUGS) {
			var body = get("/self-care/" + slug).body();
			var matcher = java.util.regex.Pattern.compile("src=\"(/images/homecare/[a-z0-9-]+\\.svg)\"").matcher(body);
			while (matcher.find()) {
				checked++;
				var image = get(matcher.group(1));
				assertThat(image.statusCode()).as(matcher.group(1)).isEqualTo(200);
				assertThat(image.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
			}
		}
		assertThat(checked).as("illustrations found on the item pages").isPositive();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("X-Forwarded-For", TestData.ip())
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** What a person reads: tags stripped, the entities jte writes decoded, whitespace collapsed. */
	private static String text(String html) {
		return html.replaceAll("(?s)<[^>]*>", " ")
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ")
			.replace(" )", ")")
			.replace("( ", "(");
	}
}
