package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.backcare.platform.PersonalData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class TestimonialWebTests {

	private static final String WORDS = "Calm, careful and the first massage that helped my back for more than a day.";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Testimonials testimonials;

	@Autowired
	TestimonialsPersonalData testimonialData;

	Clients clients;

	@BeforeEach
	void setUp() {
		clients = new Clients(jdbc);
	}

	@Test
	void aClientWithoutAPastSessionIsToldTheyCanShareOnceTheyHaveHadOne() {
		String email = TestData.email("new-client");
		var client = WebSession.signedInClient(port, "Nia Brooks", email);

		var page = client.get("/account/testimonial");
		assertThat(page.text()).contains("Once you have had a session with us");
		var refused = client.post("/account/testimonial", form(WORDS, "FULL_NAME", "yes"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(count(email)).isZero();
	}

	@Test
	void aClientSharesTheirExperienceWithConsentAndSeesItAwaitApproval() {
		String email = TestData.email("sharer");
		var client = WebSession.signedInClient(port, "Sam Carter", email);
		clients.hadASession(email);
		var page = client.get("/account/testimonial");
		assertThat(page.text()).contains("Sam Carter").contains("Sam C.").contains("A BackCare client")
			.contains(TestimonialConsent.WORDING);

		var sent = client.post("/account/testimonial", form("  " + WORDS + "  ", "FIRST_NAME_INITIAL", "yes"));

		assertThat(sent.location()).isEqualTo("/account/testimonial?sent");
		var status = client.get(sent.location());
		assertThat(status.text()).contains("Status: Awaiting approval").contains(WORDS).contains("Sam C.");
		var stored = jdbc.sql("select display_name, consent_wording, consent_version from content_testimonials where account_id = ?")
			.param(clients.idOf(email))
			.query((row, n) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3))
			.single();
		assertThat(stored).isEqualTo("Sam C.|" + TestimonialConsent.WORDING + "|" + TestimonialConsent.VERSION);
		assertThat(testimonials.approved(100)).noneMatch(published -> published.text().equals(WORDS));
		assertThat(client.post("/account/testimonial", form(WORDS + " Again.", "FULL_NAME", "yes")).status())
			.as("one in play at a time")
			.isEqualTo(422);
	}

	@Test
	void refusesATestimonialWithoutConsentOrTooShortAndKeepsTheWords() {
		String email = TestData.email("hasty");
		var client = WebSession.signedInClient(port, "Ola Hansen", email);
		clients.hadASession(email);
		client.get("/account/testimonial");

		var refused = client.post("/account/testimonial", form("Good.", "ANONYMOUS", ""));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Your testimonial needs 20 to 1500 characters; it has 5.")
			.contains("Tick the box to agree");
		assertThat(refused.body()).contains("Good.</textarea>");
		assertThat(refused.checked("nameShown-ANONYMOUS")).isTrue();
		assertThat(count(email)).isZero();
	}

	@Test
	void anApprovedTestimonialIsPublishedWithTheChosenNameAndGoneOnceWithdrawn() {
		String email = TestData.email("published");
		String words = "Friendly, unhurried and honest about what massage can do. " + email;
		var client = WebSession.signedInClient(port, "Grace Okoro", email);
		clients.hadASession(email);
		client.get("/account/testimonial");
		client.post("/account/testimonial", form(words, "ANONYMOUS", "yes"));
		long id = jdbc.sql("select id from content_testimonials where account_id = ?").param(clients.idOf(email))
			.query(Long.class).single();
		var admin = WebSession.signedInAdmin(port);

		assertThat(admin.get("/admin/testimonials").itemWith(words)).contains("Grace Okoro")
			.contains("version " + TestimonialConsent.VERSION);
		var approved = admin.post("/admin/testimonials/" + id + "/approve");

		assertThat(approved.location()).isEqualTo("/admin/testimonials?status=pending");
		assertThat(testimonials.approved(100)).anyMatch(published -> published.text().equals(words)
				&& published.displayName().equals("A BackCare client"));
		assertThat(new WebSession(port).get("/").text()).contains("What our clients say").contains(words);
		assertThat(jdbc.sql("select exists (select 1 from audit_log where action = 'testimonial.approved' and subject = ?)")
			.param("testimonial:" + id).query(Boolean.class).single()).isTrue();

		client.get("/account/testimonial");
		assertThat(client.post("/account/testimonial/withdraw").location()).isEqualTo("/account/testimonial?withdrawn");

		assertThat(testimonials.approved(100)).noneMatch(published -> published.text().equals(words));
		assertThat(new WebSession(port).get("/").text()).doesNotContain(words);
	}

	@Test
	void theAdminCanTurnDownATestimonial() {
		String email = TestData.email("turned-down");
		var client = WebSession.signedInClient(port, "Kai Moana", email);
		clients.hadASession(email);
		client.get("/account/testimonial");
		client.post("/account/testimonial", form(WORDS, "FULL_NAME", "yes"));
		long id = jdbc.sql("select id from content_testimonials where account_id = ?").param(clients.idOf(email))
			.query(Long.class).single();
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/testimonials");

		admin.post("/admin/testimonials/" + id + "/reject");

		assertThat(client.get("/account/testimonial").text()).contains("Your last testimonial is not published");
		assertThat(admin.post("/admin/testimonials/" + id + "/approve").status()).isEqualTo(302);
		assertThat(jdbc.sql("select status from content_testimonials where id = ?").param(id).query(String.class).single())
			.as("a rejected one is not approved afterwards").isEqualTo("REJECTED");
	}

	@Test
	void theClientsTestimonialsAreInTheirDataAndGoWhenErased() {
		String email = TestData.email("erased");
		var client = WebSession.signedInClient(port, "Eli Stone", email);
		clients.hadASession(email);
		client.get("/account/testimonial");
		client.post("/account/testimonial", form(WORDS, "FULL_NAME", "yes"));
		long id = clients.idOf(email);

		assertThat(testimonialData.exportFor(id).toString()).contains(WORDS).contains(TestimonialConsent.VERSION);
		testimonialData.erase(id);

		assertThat(count(email)).isZero();
		assertThat(testimonialData).isInstanceOf(PersonalData.class);
	}

	private int count(String email) {
		return jdbc.sql("select count(*) from content_testimonials where account_id = (select id from accounts where email = ?)")
			.param(email).query(Integer.class).single();
	}

	private static Map<String, String> form(String text, String nameShown, String consent) {
		return Map.of("text", text, "nameShown", nameShown, "consent", consent);
	}
}
