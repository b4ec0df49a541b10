package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class TherapistsPageWebTests {

	@LocalServerPort
	int port;

	@Test
	void visitorsMeetActiveTherapistsWithTheirTrainingAndWhereTheyAreLicensedButNoLicenceNumbers() {
		var admin = WebSession.signedInAdmin(port);
		String name = "Paz Public " + PracticeSetUp.unique();
		long id = PracticeSetUp.therapistWithProfile(admin, name, "PRENATAL", "LOMILOMI");
		String number = "227." + PracticeSetUp.unique();
		String lapsed = "OLD-" + PracticeSetUp.unique();
		PracticeSetUp.addCredential(admin, id, PracticeSetUp.licence(number, "US-IL", PracticeSetUp.today().plusYears(1)));
		PracticeSetUp.addCredential(admin, id, PracticeSetUp.with(PracticeSetUp.licence(lapsed, "US-WI", PracticeSetUp.today().minusDays(2)),
				"title", "WIMT"));
		String hidden = "Hugo Hidden " + PracticeSetUp.unique();
		long inactive = PracticeSetUp.therapistWithProfile(admin, hidden);
		admin.get("/admin/therapists/" + inactive);
		admin.post("/admin/therapists/" + inactive, List.of("bio", "Away", "skills", "ASHIATSU"));

		var page = new WebSession(port).get("/therapists");

		assertThat(page.status()).isEqualTo(200);
		String card = page.itemWith(name);
		assertThat(card).contains("Works with " + name + "'s clients.", "Trained in: prenatal massage Lomilomi", "Licensed: LMT in US-IL")
			.doesNotContain("WIMT");
		assertThat(page.body()).doesNotContain(number, lapsed, hidden);
		assertThat(page.body()).contains("src=\"/images/therapist-placeholder.svg\"");
		assertThat(page.find("<a href=\"/therapists\" aria-current=\"(page)\">Therapists</a>")).as("in the site navigation").isEqualTo("page");
	}
}
