package org.backcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo practice that {@code ./mvnw spring-boot:run} shows: two clients with completed consultations and approved
 * plans, three licensed therapists with their hours at the one location (its own application context, with the demo
 * profile on).
 */
@BackCareTest
@ActiveProfiles({ "test", "demo" })
class DemoPracticeTests {

	private static final String PASSWORD = "backcare-demo";

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void thePregnantDemoClientHasAnApprovedSideLyingPlanFromThePrenatalTherapist() {
		var priya = new WebSession(port);
		assertThat(priya.signIn("client2@demo.backcare.test", PASSWORD).location()).isEqualTo("/account");

		var plan = priya.get("/account/plan");

		assertThat(plan.text()).contains("Tomás Herrera approved this plan", "Prenatal", "On your left side")
			.contains("Your home programme");
		String avoided = plan.find("Not:\\s*((?:<span class=\"intake-tag\">[^<]+</span>\\s*)+)");
		assertThat(avoided).contains("Face down", "On your back");
		assertThat(plan.text()).as("the plan ends by the due date, in words").containsPattern("ending by \\d{1,2} [A-Z][a-z]{2} \\d{4}\\.");
		assertThat(priya.get("/account/consultation/result").text()).contains("Read your care plan");
	}

	@Test
	void theDeskWorkerHasAnApprovedPlanAndAHomeProgramme() {
		var sam = new WebSession(port);
		assertThat(sam.signIn("client1@demo.backcare.test", PASSWORD).location()).isEqualTo("/account");

		assertThat(sam.get("/account/plan").text()).contains("Maya Okafor approved this plan", "Swedish", "Movement breaks");
		assertThat(sam.get("/account/home-programme").text()).contains("Movement breaks");
	}

	@Test
	void thePracticeWorksAtOneLocationWithTwoRooms() {
		var admin = new WebSession(port);
		assertThat(admin.signIn("admin@demo.backcare.test", PASSWORD).location()).isEqualTo("/account");

		assertThat(admin.get("/admin/locations").rowWith("BackCare Riverside")).contains("America/Chicago", "US-IL", "2");
	}

	@Test
	void theThreeTherapistsAreLicensedInIllinoisAndLeilanisLicenceExpiresNextMonth() {
		var admin = new WebSession(port);
		admin.signIn("admin@demo.backcare.test", PASSWORD);
		LocalDate leilanisExpiry = LocalDate.now(CHICAGO).plusMonths(1).withDayOfMonth(15);

		var list = admin.get("/admin/therapists");

		assertThat(list.rowWith("Maya Okafor")).contains("Active", "deep tissue massage", "trigger point therapy", "myofascial release",
				"LMT: Can be booked in US-IL until 31 Dec").doesNotContain("Expires in", "prenatal");
		assertThat(list.rowWith("Tomás Herrera")).contains("prenatal massage", "myofascial release", "Can be booked in US-IL")
			.doesNotContain("Expires in", "deep tissue");
		assertThat(list.rowWith("Leilani Kahale")).contains("Lomilomi", "ashiatsu", "deep tissue massage",
				"Can be booked in US-IL until " + DAY.format(leilanisExpiry)).containsPattern("Expires in \\d+ days");
		var leilani = admin.get("/admin/therapists/" + list.find("href=\"/admin/therapists/(\\d+)\">Leilani Kahale<"));
		assertThat(leilani.text()).contains("Illinois Department of Financial and Professional Regulation", "Lomilomi",
				"At BackCare Riverside, times in America/Chicago");
	}

	@Test
	void theShopHasPastOrdersInEachStateOneLateToShipAndSamSeesHis() {
		var admin = new WebSession(port);
		admin.signIn("admin@demo.backcare.test", PASSWORD);
		var sam = new WebSession(port);
		sam.signIn("client1@demo.backcare.test", PASSWORD);

		assertThat(admin.get("/admin/shop/orders?status=DELIVERED").text()).contains("Sam Carter");
		assertThat(admin.get("/admin/shop/orders?status=SHIPPED").text()).contains("Jordan Lee");
		assertThat(admin.get("/admin/shop/orders?status=CANCELLED").text()).contains("Pat Nguyen");
		assertThat(admin.get("/admin/shop/orders/late").text()).contains("Chris Okoro").doesNotContain("Jordan Lee");
		assertThat(sam.get("/account/orders").text()).contains("Delivered", "Placed").doesNotContain("Shipped");
	}

	@Test
	void theTherapistsWorkAtTheDemoLocationWithBreaksAndMayaHasACourseDayOff() {
		var admin = new WebSession(port);
		admin.signIn("admin@demo.backcare.test", PASSWORD);
		var list = admin.get("/admin/therapists");
		var maya = admin.get("/admin/therapists/" + list.find("href=\"/admin/therapists/(\\d+)\">Maya Okafor<"));
		var tomas = admin.get("/admin/therapists/" + list.find("href=\"/admin/therapists/(\\d+)\">Tomás Herrera<"));
		var leilani = admin.get("/admin/therapists/" + list.find("href=\"/admin/therapists/(\\d+)\">Leilani Kahale<"));

		assertThat(maya.rowWith("Monday")).startsWith("Monday 09:00–17:00 12:30–13:00");
		assertThat(maya.rowWith("Friday")).startsWith("Friday 09:00–17:00 12:30–13:00");
		assertThat(maya.rowWith("Saturday")).isNull();
		assertThat(maya.text()).contains("Continuing-education course").doesNotContain("can't be booked here");
		assertThat(tomas.rowWith("Tuesday")).startsWith("Tuesday 10:00–18:00 14:00–14:30");
		assertThat(tomas.rowWith("Saturday")).startsWith("Saturday 10:00–18:00 14:00–14:30");
		assertThat(tomas.rowWith("Monday")).isNull();
		assertThat(leilani.rowWith("Wednesday")).startsWith("Wednesday 11:00–19:00 15:00–15:30");
		assertThat(leilani.rowWith("Tuesday")).isNull();
	}

	@Test
	void ashiatsuKeepsFifteenMinutesFreeBeforeEachSessionAndTheRestFollowThePracticeDefaults() {
		var admin = new WebSession(port);
		admin.signIn("admin@demo.backcare.test", PASSWORD);

		var rules = admin.get("/admin/booking-rules");

		assertThat(rules.rowWith("Ashiatsu, 60 minutes")).isEqualTo("Ashiatsu, 60 minutes 15 min 15 min 12 hours 90 days 24 hours Its own");
		assertThat(rules.rowWith("Lomilomi, 90 minutes")).endsWith("Practice defaults");
	}

	@Test
	void samSeesHisWeeklySessionsWithMayaAndTheTherapistsHaveBookingsBehindAndAhead() {
		var sam = new WebSession(port);
		assertThat(sam.signIn("client1@demo.backcare.test", PASSWORD).location()).isEqualTo("/account");

		var bookings = sam.get("/account/bookings");

		assertThat(bookings.text()).contains("Coming up", "With Maya Okafor", "Earlier and cancelled");
		assertThat(jdbc.sql("""
				select count(*) from bookings b join accounts a on a.id = b.client_id
				where a.email = 'client2@demo.backcare.test' and b.status = 'BOOKED'""").query(Long.class).single()).isEqualTo(8);
		assertThat(jdbc.sql("select count(*) from bookings where starts_at < now()").query(Long.class).single()).isGreaterThanOrEqualTo(4);
		assertThat(jdbc.sql("select count(*) from bookings where starts_at > now()").query(Long.class).single()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void samImprovesWhilePriyasPlanIsFlaggedForReviewAndMayaHasANoteToSign() {
		var sam = new WebSession(port);
		sam.signIn("client1@demo.backcare.test", PASSWORD);
		assertThat(sam.get("/account/progress").text()).contains("Meaningful improvement");
		assertThat(jdbc.sql("""
				select p.progress from care_plans p join accounts a on a.id = p.client_id
				where a.email = 'client2@demo.backcare.test' and p.status = 'APPROVED'""").query(String.class).single())
			.isEqualTo("REVIEW");

		var maya = new WebSession(port);
		maya.signIn("therapist1@demo.backcare.test", PASSWORD);
		assertThat(maya.get("/therapist/sessions").text()).contains("Unsigned notes", "Sam Carter, session of");
		var tomas = new WebSession(port);
		tomas.signIn("therapist2@demo.backcare.test", PASSWORD);
		assertThat(tomas.get("/therapist/sessions").text()).contains("Plans that need your review", "Priya Nair", "O4");
	}

	@Test
	void thePracticeOutcomesCountTheDemoClientsWhoseCoursesStartedThisYear() {
		var admin = new WebSession(port);
		admin.signIn("admin@demo.backcare.test", PASSWORD);

		var outcomes = admin.get("/admin/outcomes");

		assertThat(outcomes.status()).isEqualTo(200);
		assertThat(outcomes.text()).doesNotContain("No client had the first session of an approved plan in this period");
	}

	@Test
	void visitorsMeetTheThreeTherapists() {
		var page = new WebSession(port).get("/therapists");

		assertThat(page.text()).contains("Maya Okafor", "Tomás Herrera", "Leilani Kahale", "Licensed: LMT in US-IL")
			.doesNotContain("227.");
	}

	@Test
	void aRestartAddsNoSecondProfileLicenceHoursOrTimeOff() {
		long before = demoSchedulingRows();

		context.publishEvent(new ApplicationReadyEvent(new SpringApplication(BackCare.class), new String[0], context, Duration.ZERO));

		assertThat(demoSchedulingRows()).isEqualTo(before);
	}

	private long demoSchedulingRows() {
		return jdbc.sql("""
				select (select count(*) from therapists) + (select count(*) from therapist_credentials)
				     + (select count(*) from working_hours) + (select count(*) from time_off) + (select count(*) from booking_rules)
				     + (select count(*) from locations)""").query(Long.class).single();
	}

	@Test
	void theirTherapistsSeeThePlansTheyApproved() {
		var maya = new WebSession(port);
		maya.signIn("therapist1@demo.backcare.test", PASSWORD);

		assertThat(maya.get("/therapist").rowWith("Sam Carter")).contains("Swedish");
		assertThat(maya.get("/therapist").text()).doesNotContain("Priya Nair");
	}

	@Test
	void theHomePageShowsThreeClientTestimonialsWhilePriyasWaitsForApproval() {
		var home = new WebSession(port).get("/");

		assertThat(home.text()).contains("What our clients say", "Sam C.", "Noah Lindqvist", "A BackCare client")
			.doesNotContain("third trimester");
		assertThat(jdbc.sql("""
				select t.status from content_testimonials t join accounts a on a.id = t.account_id
				where a.email = 'client2@demo.backcare.test'""").query(String.class).single()).isEqualTo("PENDING");
	}

	@Test
	void readersCommentedOnWhatLowerBackPainIsAndThePracticeReplied() {
		var comments = new WebSession(port).get("/articles/lower-back-pain-explained/comments");

		assertThat(comments.itemWith("Thank you, Rosa.")).startsWith("BackCare");
		assertThat(comments.text()).contains("gym ball").doesNotContain("move from one side to the other");
	}
}
