package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.backcare.TestData;
import org.backcare.WebSession;

/** Sets up what scheduling tests need through the admin's forms, as the admin would, with names no other test uses. */
final class PracticeSetUp {

	static final String ILLINOIS_BOARD = "Illinois Department of Financial and Professional Regulation";

	private PracticeSetUp() {
	}

	/** Today where the practice is (the test practice keeps the default zone, UTC): credentials are judged by it. */
	static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	/** Something no other test will have typed, for names and licence numbers. */
	static String unique() {
		return Long.toString(System.nanoTime(), 36).toUpperCase();
	}

	/** A location in this zone and jurisdiction; its id. */
	static long location(WebSession admin, String zone, String jurisdiction) {
		var added = admin.submit("/admin/locations", "/admin/locations", Map.of("name", "Studio " + unique(), "address",
				"1 Test Street, Testville", "timeZone", zone, "jurisdiction", jurisdiction));
		assertThat(added.status()).as(added.body()).isEqualTo(302);
		return Long.parseLong(added.location().replaceAll("\\D", ""));
	}

	/** A therapist invited by the admin, without a profile yet; their account id. */
	static long therapist(WebSession admin, String name) {
		assertThat(admin.invite(name, TestData.email("therapist")).status()).isEqualTo(302);
		String id = admin.get("/admin/therapists").find("href=\"/admin/therapists/(\\d+)\">" + Pattern.quote(name) + "<");
		assertThat(id).as("%s is on the therapist list", name).isNotNull();
		return Long.parseLong(id);
	}

	/** A therapist with an active profile and this training; their account id. */
	static long therapistWithProfile(WebSession admin, String name, String... skills) {
		long id = therapist(admin, name);
		List<String> form = new ArrayList<>(List.of("bio", "Works with " + name + "'s clients.", "active", "true"));
		for (String skill : skills) {
			form.add("skills");
			form.add(skill);
		}
		admin.get("/admin/therapists/" + id);
		assertThat(admin.post("/admin/therapists/" + id, form).location()).isEqualTo("/admin/therapists/" + id + "?created");
		return id;
	}

	/** An active Illinois-style licence form, valid where and until this says. */
	static List<String> licence(String number, String jurisdiction, LocalDate expires) {
		return new ArrayList<>(List.of("type", "LICENCE", "title", "LMT", "issuingAuthority", ILLINOIS_BOARD, "jurisdiction", jurisdiction,
				"number", number, "status", "ACTIVE", "authorisedToPractise", "true", "issuedOn", "2020-01-15", "expiresOn",
				expires.toString(), "lastVerifiedOn", today().minusDays(1).toString(), "insuranceExpiresOn", ""));
	}

	/** Adds a credential through the form; the answer is the form's. */
	static WebSession.Response addCredential(WebSession admin, long therapist, List<String> form) {
		admin.get("/admin/therapists/" + therapist + "/credentials/new");
		return admin.post("/admin/therapists/" + therapist + "/credentials", form);
	}

	/** Replaces the value of a field in name, value, ... pairs. */
	static List<String> with(List<String> form, String name, String value) {
		List<String> changed = new ArrayList<>(form);
		changed.set(changed.indexOf(name) + 1, value);
		return changed;
	}
}
