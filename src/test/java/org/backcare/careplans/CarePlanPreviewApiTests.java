package org.backcare.careplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The preview endpoint over real HTTP, as an integration would call it. */
@BackCareTest
class CarePlanPreviewApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	static final String DESK_WORKER = """
			{ "assessedOn": "2026-11-21", "birthDate": "1984-03-02", "painOnset": "2026-05-01",
			  "painNow": 6, "painAverageWeek": 5, "radiatingLegPain": false,
			  "causes": ["MUSCLE_STRAIN"], "lordosisSigns": ["TIGHT_HAMSTRINGS"], "redFlags": [], "conditions": [],
			  "pregnancy": null, "postpartum": null, "menopause": false, "pressurePreference": "MEDIUM",
			  "requestedTechniques": ["DEEP_TISSUE"], "sitsMostOfDay": true, "goals": ["PAIN_RELIEF", "POSTURE"] }""";

	@LocalServerPort
	int port;

	private record Reply(int status, String contentType, String retryAfter, JsonNode json) {
	}

	private Reply post(String body) throws IOException, InterruptedException {
		return post(body, TestData.ip());
	}

	private Reply post(String body, String ip) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/care-plans/preview"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-Forwarded-For", ip)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
		return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.headers().firstValue("Retry-After").orElse(null), json);
	}

	private static String with(String field, String value) {
		return DESK_WORKER.replaceFirst("\\{", "{ \"" + field + "\": " + value + ",");
	}

	private static void assertProblemNaming(Reply reply, String field) {
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().path("fieldErrors").findValuesAsString("field")).contains(field);
	}

	@Test
	void aChronicDeskWorkerGetsAPlanWithReasons() throws Exception {
		Reply reply = post(DESK_WORKER);
		assertThat(reply.status()).isEqualTo(200);
		JsonNode json = reply.json();
		assertThat(json.path("painClass").asString()).isEqualTo("CHRONIC");
		assertThat(json.path("screening").path("outcome").asString()).isEqualTo("PROCEED");
		JsonNode plan = json.path("plan");
		assertThat(plan.path("techniques").findValuesAsString("technique")).contains("SWEDISH", "DEEP_TISSUE");
		assertThat(plan.path("techniques").get(0).path("why").asString()).isNotBlank();
		assertThat(plan.path("techniques").get(0).path("rules").get(0).asString()).isEqualTo("P3");
		assertThat(plan.path("pressure").path("max").asInt()).isEqualTo(4);
		assertThat(plan.path("positions").path("allowed").size()).isPositive();
		assertThat(plan.path("sessionMinutes").asInt()).isEqualTo(60);
		assertThat(plan.path("weeks").asInt()).isEqualTo(10);
		assertThat(plan.has("endBy")).isTrue();
		assertThat(plan.path("activeComponent").path("kind").asString()).isEqualTo("EXERCISE");
		assertThat(plan.path("homeCare").findValuesAsString("item")).contains("movement-breaks", "hamstring-stretch");
		assertThat(plan.path("complementary").get(0).path("evidence").asString()).isIn("MODERATE", "LOW", "WEAK");
		assertThat(plan.path("productTags").toString()).contains("SEAT_CUSHION");
		assertThat(plan.path("reassessAfterSessions").asInt()).isEqualTo(4);
		assertThat(plan.path("warnings").get(0).has("rule")).isTrue();
	}

	@Test
	void theEndpointIsDescribedInTheApiDocumentation() throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build();
		JsonNode docs = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
		JsonNode preview = docs.path("paths").path("/api/v1/care-plans/preview").path("post");
		assertThat(preview.path("requestBody").toString()).contains("PreviewRequest");
		assertThat(docs.path("components").path("schemas").path("PreviewRequest").path("properties").has("painOnset")).isTrue();
		assertThat(docs.path("components").path("schemas").path("Proposal").path("properties").has("screening")).isTrue();
	}

	@Test
	void anEmergencyGetsNoPlan() throws Exception {
		Reply reply = post(DESK_WORKER.replace("\"redFlags\": []", "\"redFlags\": [\"SADDLE_NUMBNESS\"]"));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().path("screening").path("outcome").asString()).isEqualTo("EMERGENCY");
		assertThat(reply.json().path("screening").path("findings").get(0).path("rule").asString()).isEqualTo("S1");
		assertThat(reply.json().path("screening").path("findings").get(0).path("action").asString()).isNotBlank();
		assertThat(reply.json().has("plan")).isTrue();
		assertThat(reply.json().path("plan").isNull()).isTrue();
	}

	@Test
	void assessedOnDefaultsToToday() throws Exception {
		Reply reply = post("{ \"painOnset\": \"2020-01-01\", \"painNow\": 3 }");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().path("painClass").asString()).isEqualTo("CHRONIC");
	}

	@Test
	void painAboveTenIsRefused() throws Exception {
		assertProblemNaming(post(DESK_WORKER.replace("\"painNow\": 6", "\"painNow\": 11")), "painNow");
	}

	@Test
	void aMissingPainNowIsRefused() throws Exception {
		assertProblemNaming(post(DESK_WORKER.replace("\"painNow\": 6,", "")), "painNow");
	}

	@Test
	void anOnsetAfterTheAssessmentIsRefused() throws Exception {
		assertProblemNaming(post(DESK_WORKER.replace("\"painOnset\": \"2026-05-01\"", "\"painOnset\": \"2026-12-01\"")), "painOnset");
	}

	@Test
	void anAssessmentDayAtTheEndOfTheCalendarIsRefusedNotA500() throws Exception {
		var reply = post(DESK_WORKER.replace("\"assessedOn\": \"2026-11-21\"", "\"assessedOn\": \"+999999999-12-31\"")
			.replace("\"pregnancy\": null", "\"pregnancy\": { \"week\": 20 }"));

		assertProblemNaming(reply, "assessedOn");
	}

	@Test
	void aPregnancyWeekAbove42IsRefused() throws Exception {
		assertProblemNaming(post(DESK_WORKER.replace("\"pregnancy\": null", "\"pregnancy\": { \"week\": 43 }")), "pregnancy.week");
	}

	@Test
	void aDueDateMoreThan42WeeksAwayIsRefused() throws Exception {
		assertProblemNaming(post(DESK_WORKER.replace("\"pregnancy\": null", "\"pregnancy\": { \"dueDate\": \"2027-10-01\" }")),
				"pregnancy.dueDate");
	}

	@Test
	void aDeliveryDateInTheFutureIsRefused() throws Exception {
		assertProblemNaming(post(DESK_WORKER.replace("\"postpartum\": null",
				"\"postpartum\": { \"deliveryDate\": \"2026-12-24\", \"caesarean\": true }")), "postpartum.deliveryDate");
	}

	@Test
	void anUnknownEnumValueIsRefusedNamingTheField() throws Exception {
		Reply reply = post(DESK_WORKER.replace("\"causes\": [\"MUSCLE_STRAIN\"]", "\"causes\": [\"MUSCLE_STRAIN\", \"BAD_LUCK\"]"));
		assertProblemNaming(reply, "causes[1]");
	}

	@Test
	void anUnknownFieldIsRefused() throws Exception {
		assertProblemNaming(post(with("favouriteColour", "\"blue\"")), "favouriteColour");
	}

	@Test
	void everyBadFieldIsNamedInOneAnswer() throws Exception {
		Reply reply = post(with("colour", "{ \"deep\": [1, 2] }").replace("\"painNow\": 6", "\"painNow\": 11")
			.replace("\"goals\": [\"PAIN_RELIEF\", \"POSTURE\"]", "\"goals\": [\"PAIN_RELIEF\", \"WORLD_PEACE\"]")
			.replace("\"pregnancy\": null", "\"pregnancy\": { \"week\": 12, \"trimester\": 1 }"));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().path("fieldErrors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("colour", "painNow", "goals[1]", "pregnancy.trimester");
	}

	@Test
	void malformedJsonIsRefused() throws Exception {
		Reply reply = post("{ \"painNow\": 6, ");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().path("fieldErrors").size()).isPositive();
	}

	@Test
	void aWrongTypeIsRefusedNamingTheField() throws Exception {
		assertProblemNaming(post(DESK_WORKER.replace("\"painNow\": 6", "\"painNow\": \"a lot\"")), "painNow");
		assertProblemNaming(post(DESK_WORKER.replace("\"painOnset\": \"2026-05-01\"", "\"painOnset\": \"yesterday\"")), "painOnset");
	}

	@Test
	void aBodyOver64KbIsRefused() throws Exception {
		assertProblemNaming(post(with("padding", "\"" + "x".repeat(70_000) + "\"")), "body");
	}

	@Test
	void tooManyPreviewsFromOneAddressAreRefusedWithRetryAfter() throws Exception {
		String ip = TestData.ip();
		Reply last = null;
		int allowed = 0;
		// 120 a minute, refilled continuously: a burst gets 120 plus the little that refills while it runs.
		for (int i = 0; i < 200 && (last == null || last.status() == 200); i++) {
			last = post(DESK_WORKER, ip);
			allowed += last.status() == 200 ? 1 : 0;
		}
		assertThat(last.status()).isEqualTo(429);
		assertThat(allowed).isBetween(120, 140);
		assertThat(last.contentType()).startsWith("application/problem+json");
		assertThat(Integer.parseInt(last.retryAfter())).isBetween(1, 60);
		assertThat(post(DESK_WORKER).status()).as("another address is not limited").isEqualTo(200);
	}
}
