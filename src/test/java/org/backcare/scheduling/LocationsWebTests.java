package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class LocationsWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdminAddsALocationInItsTimeZoneAndItsRooms() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/locations");

		var added = admin.post("/admin/locations", Map.of("name", "Harbour Studio " + TestData.ip(), "address", "12 Quay Street, Sydney",
				"timeZone", "Australia/Sydney", "jurisdiction", "au-nsw"));

		assertThat(added.status()).isEqualTo(302);
		String location = added.location().replace("?added", "");
		var page = admin.follow(added);
		assertThat(page.text()).contains("The location is added", "No room yet");
		assertThat(page.find("<option value=\"(Australia/Sydney)\" selected")).isEqualTo("Australia/Sydney");
		var room = admin.post(location + "/rooms", Map.of("roomName", "Room 1"));
		assertThat(room.location()).isEqualTo(location + "?room");
		assertThat(admin.post(location + "/rooms", Map.of("roomName", "room 1")).status()).isEqualTo(409);
		assertThat(admin.get(location).text()).contains("Room 1");
		assertThat(page.inputValue("jurisdiction")).as("stored in capitals").isEqualTo("AU-NSW");
		assertThat(admin.get("/admin/locations").rowWith("12 Quay Street")).endsWith("Australia/Sydney AU-NSW 1");
	}

	@Test
	void refusesAnUnknownOrFixedOffsetTimeZoneAndKeepsWhatWasTyped() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/locations");

		var offset = admin.post("/admin/locations", Map.of("name", "Offset Place", "address", "1 Main Street", "timeZone", "GMT+5",
				"jurisdiction", "US-NY"));
		var unknown = admin.post("/admin/locations", Map.of("name", "Nowhere", "address", "", "timeZone", "Mars/Olympus"));
		var fine = admin.post("/admin/locations", Map.of("name", "Nowhere Else", "address", "3 Real Road", "timeZone", "Mars/Olympus",
				"jurisdiction", "US-NY"));

		assertThat(offset.status()).isEqualTo(422);
		assertThat(offset.text()).contains("Choose the location's time zone from the list");
		assertThat(offset.inputValue("name")).isEqualTo("Offset Place");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.text()).contains("Enter the street address clients come to", "Choose the location's time zone from the list");
		assertThat(fine.status()).isEqualTo(422);
		assertThat(fine.text()).contains("Choose the location's time zone from the list").doesNotContain("Enter the street address");
		assertThat(admin.get("/admin/locations").text()).doesNotContain("Offset Place");
	}

	@Test
	void aSecondLocationWithTheSameNameIsAConflictAndAnUnknownOneIsNotFound() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/locations");
		String name = "Twin Studio " + TestData.ip();
		admin.post("/admin/locations", Map.of("name", name, "address", "1 First Street", "timeZone", "Europe/Berlin", "jurisdiction", "DE-BE"));

		var twin = admin.post("/admin/locations", Map.of("name", name.toUpperCase(), "address", "2 Second Street", "timeZone", "Europe/Berlin",
				"jurisdiction", "DE-BE"));

		assertThat(twin.status()).isEqualTo(409);
		assertThat(twin.text()).contains("There is already a location with this name");
		assertThat(admin.get("/admin/locations/999999").status()).isEqualTo(404);
	}

	@Test
	void aLocationNeedsAJurisdictionInIso3166Form() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/locations");

		var missing = admin.post("/admin/locations", Map.of("name", "Lawless " + TestData.ip(), "address", "1 Free Road", "timeZone",
				"America/Chicago", "jurisdiction", ""));
		var words = admin.post("/admin/locations", Map.of("name", "Wordy " + TestData.ip(), "address", "1 Free Road", "timeZone",
				"America/Chicago", "jurisdiction", "Illinois"));
		var noCountry = admin.post("/admin/locations", Map.of("name", "Nowhere Land " + TestData.ip(), "address", "1 Free Road", "timeZone",
				"America/Chicago", "jurisdiction", "XX-IL"));

		assertThat(List.of(missing.status(), words.status(), noCountry.status())).containsOnly(422);
		assertThat(words.text()).contains("Enter the state or province as an ISO 3166-2 code, e.g. US-IL or CA-ON");
		assertThat(words.inputValue("jurisdiction")).isEqualTo("Illinois");
		assertThat(noCountry.text()).contains("Enter the state or province as an ISO 3166-2 code");
	}

	@Test
	void aLocationWithoutAJurisdictionWarnsThatNobodyCanBeBookedThere() {
		var admin = WebSession.signedInAdmin(port);
		long id = PracticeSetUp.location(admin, "America/Chicago", "US-IL");
		jdbc.sql("update locations set jurisdiction = null where id = :id").param("id", id).update();

		var page = admin.get("/admin/locations/" + id);

		assertThat(page.text()).contains("Nobody can be booked here until the location has a jurisdiction", "rule L1");
		assertThat(admin.get("/admin/locations").text()).contains("Not set: nobody can be booked here");
		String name = page.find("<h1>([^<]+)</h1>");
		var fixed = admin.post("/admin/locations/" + id, Map.of("name", name, "address", "1 Test Street, Testville", "timeZone",
				"America/Chicago", "jurisdiction", "US-IL"));
		assertThat(fixed.location()).isEqualTo("/admin/locations/" + id + "?saved");
		assertThat(admin.follow(fixed).text()).doesNotContain("Nobody can be booked here");
	}

	@Test
	void onlyTheAdminSetsUpLocations() {
		var client = WebSession.signedInClient(port, "Lou Locked", TestData.email("locations"));

		assertThat(client.get("/admin/locations").status()).isEqualTo(403);
		assertThat(client.post("/admin/locations", Map.of("name", "Sneaky", "address", "1 Back Street", "timeZone", "Europe/Berlin"))
			.status()).isEqualTo(403);
	}
}
