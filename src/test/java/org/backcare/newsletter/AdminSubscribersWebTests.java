package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class AdminSubscribersWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	SubscriberRows rows;

	String marker;

	@BeforeEach
	void setUp() {
		rows = new SubscriberRows(jdbc);
		marker = "list" + Long.toHexString(System.nanoTime());
	}

	@Test
	void eachStatusTabShowsItsCountAndOnlyItsSubscribers() {
		rows.add(TestData.email(marker + "-c1"), "Ana", SubscriberStatus.CONFIRMED, Interest.SELF_CARE);
		rows.add(TestData.email(marker + "-c2"), "Ben", SubscriberStatus.CONFIRMED, Interest.DESK_WORK);
		rows.add(TestData.email(marker + "-c3"), "Cal", SubscriberStatus.CONFIRMED, Interest.PREGNANCY);
		rows.add(TestData.email(marker + "-p1"), "Dee", SubscriberStatus.PENDING, Interest.SELF_CARE);
		rows.add(TestData.email(marker + "-p2"), "Eve", SubscriberStatus.PENDING);
		rows.add(TestData.email(marker + "-u1"), "Fay", SubscriberStatus.UNSUBSCRIBED);
		rows.add(TestData.email(marker + "-b1"), "Gus", SubscriberStatus.BOUNCED);
		var admin = WebSession.signedInAdmin(port);

		var all = admin.get("/admin/newsletter?q=" + marker);
		var pending = admin.get("/admin/newsletter?status=pending&q=" + marker);

		assertThat(all.status()).isEqualTo(200);
		assertThat(all.text()).contains("All (7)", "Pending (2)", "Confirmed (3)", "Unsubscribed (1)", "Bounced (1)");
		assertThat(pending.text()).contains("Pending subscribers matching “" + marker + "”");
		assertThat(pending.rowWith("Dee")).contains("Pending", "Self-care tips");
		assertThat(pending.rowWith("Eve")).isNotNull();
		assertThat(pending.rowWith("Ana")).as("a confirmed subscriber is not on the pending tab").isNull();
		assertThat(pending.find("href=\"(/admin/newsletter\\?status=bounced&amp;q=" + marker + ")\""))
			.as("the other tabs keep the search")
			.isNotNull();
	}

	@Test
	void aRowShowsTheSubscribersFactsAndLinksToTheirPage() {
		String email = TestData.email(marker + "-row");
		long id = rows.add(email, "Hana", SubscriberStatus.CONFIRMED, Interest.NEW_ARTICLES, Interest.SELF_CARE);
		var admin = WebSession.signedInAdmin(port);

		var list = admin.get("/admin/newsletter?q=" + marker);

		assertThat(list.rowWith(email)).contains("Hana", "Confirmed", "Self-care tips, Every new article", "UTC", "None yet");
		assertThat(list.body()).contains("href=\"/admin/newsletter/subscribers/" + id + "\"");
	}

	@Test
	void searchFindsAnyPartOfTheEmailOrFirstNameWhateverTheCase() {
		String email = TestData.email(marker + "-Zed");
		rows.add(email, "Ottoline" + marker, SubscriberStatus.CONFIRMED);
		rows.add(TestData.email(marker + "-other"), "Someone", SubscriberStatus.CONFIRMED);
		var admin = WebSession.signedInAdmin(port);

		assertThat(admin.get("/admin/newsletter?q=" + (marker + "-zED").toUpperCase()).rowWith(email)).isNotNull();
		var byName = admin.get("/admin/newsletter?q=ottoLINE" + marker);
		assertThat(byName.rowWith(email)).isNotNull();
		assertThat(byName.text()).contains("All (1)");
		assertThat(admin.get("/admin/newsletter?q=" + marker + "%25").text())
			.as("a percent sign is matched literally, not as a wildcard")
			.contains("All (0)", "No subscribers here whose email address or first name contains");
	}

	@Test
	void showsFiftySubscribersToAPageWithLinksToTheNext() {
		for (int i = 0; i < 51; i++) {
			rows.add(TestData.email(marker + "-page"), "Reader " + i, SubscriberStatus.CONFIRMED);
		}
		var admin = WebSession.signedInAdmin(port);

		var first = admin.get("/admin/newsletter?status=confirmed&q=" + marker);
		var second = admin.get("/admin/newsletter?status=confirmed&q=" + marker + "&page=2");
		var beyond = admin.get("/admin/newsletter?status=confirmed&q=" + marker + "&page=9");

		assertThat(rowCount(first.body())).isEqualTo(50);
		assertThat(first.text()).contains("Page 1 of 2", "Next page");
		assertThat(first.rowWith("Reader 50")).as("newest first").isNotNull();
		assertThat(rowCount(second.body())).isEqualTo(1);
		assertThat(second.rowWith("Reader 0")).isNotNull();
		assertThat(second.text()).contains("Page 2 of 2", "Previous page").doesNotContain("Next page");
		assertThat(beyond.text()).as("a page past the end shows the last one").contains("Page 2 of 2");
	}

	@Test
	void aNameWithMarkupIsShownAsText() {
		String email = TestData.email(marker + "-xss");
		rows.add(email, "<script>alert(1)</script>", SubscriberStatus.PENDING);
		var admin = WebSession.signedInAdmin(port);

		var list = admin.get("/admin/newsletter?q=" + marker);

		assertThat(list.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(list.rowWith(email)).contains("<script>alert(1)</script>");
		assertThat(admin.get("/admin/newsletter?q=%3Cscript%3E" + marker).body()).doesNotContain("<script>" + marker);
	}

	@Test
	void anUnknownStatusIsNotFound() {
		assertThat(WebSession.signedInAdmin(port).get("/admin/newsletter?status=lost").status()).isEqualTo(404);
	}

	@Test
	void theAdminHomeLinksToTheNewsletterWhoseSubNavigationLinksEveryPart() {
		var admin = WebSession.signedInAdmin(port);

		assertThat(admin.get("/admin").body()).contains("<a href=\"/admin/newsletter\">Newsletter</a>");
		var list = admin.get("/admin/newsletter");
		assertThat(list.body()).contains("aria-label=\"Newsletter admin\"", "href=\"/admin/newsletter/tips\"",
				"href=\"/admin/newsletter/runs\"", "href=\"/admin/newsletter/schedule\"");
		assertThat(list.find("<a href=\"/admin/newsletter\" aria-current=\"page\">(Subscribers)</a>")).isNotNull();
	}

	@Test
	void onlyAdminsSeeSubscribers() {
		var client = WebSession.signedInClient(port, "Nosy Client", TestData.email("nl-list-client"));

		assertThat(client.get("/admin/newsletter").status()).isEqualTo(403);
		var visitor = new WebSession(port).get("/admin/newsletter");
		assertThat(visitor.status()).isEqualTo(302);
		assertThat(visitor.location()).endsWith("/sign-in");
	}

	private static int rowCount(String html) {
		var rows = Pattern.compile("<tr>\\s*<td><a href=\"/admin/newsletter/subscribers/").matcher(html);
		int count = 0;
		while (rows.find()) {
			count++;
		}
		return count;
	}
}
