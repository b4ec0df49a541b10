package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class SubscribersCsvWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void downloadsConfirmedSubscribersOnlyQuotedAndSafeFromFormulas() {
		var rows = new SubscriberRows(jdbc);
		String marker = "csv" + Long.toHexString(System.nanoTime());
		String plain = TestData.email(marker + "-plain");
		String formula = TestData.email(marker + "-formula");
		String quoted = TestData.email(marker + "-quoted");
		rows.add(plain, "Pat", SubscriberStatus.CONFIRMED, Interest.SELF_CARE, Interest.NEW_ARTICLES);
		rows.add(formula, "=HYPERLINK(\"http://evil.example\")", SubscriberStatus.CONFIRMED);
		rows.add(quoted, "Jo \"JJ\", Smith", SubscriberStatus.CONFIRMED, Interest.DESK_WORK);
		rows.add(TestData.email(marker + "-pending"), "Pen", SubscriberStatus.PENDING);
		rows.add(TestData.email(marker + "-left"), "Lefty", SubscriberStatus.UNSUBSCRIBED);
		rows.add(TestData.email(marker + "-bounced"), "Bo", SubscriberStatus.BOUNCED);
		long before = exports();

		var csv = WebSession.signedInAdmin(port).get("/admin/newsletter/subscribers.csv");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.mediaType()).isEqualTo("text/csv");
		assertThat(csv.header("Content-Disposition")).startsWith("attachment")
			.contains("backcare-newsletter-confirmed-" + LocalDate.now(ZoneOffset.UTC) + ".csv");
		assertThat(csv.body()).startsWith("email,first_name,interests,confirmed_at,consent_form,wording_version\r\n");
		List<String> ours = Arrays.stream(csv.body().split("\r\n")).filter(line -> line.contains(marker)).toList();
		assertThat(ours).hasSize(3);
		assertThat(ours).filteredOn(line -> line.startsWith(plain)).singleElement().asString()
			.matches(plain.replace(".", "\\.") + ",Pat,\"Self-care tips, Every new article\",\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,FOOTER,"
					+ ConsentWording.CURRENT);
		assertThat(ours).filteredOn(line -> line.startsWith(formula)).singleElement().asString()
			.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",");
		assertThat(ours).filteredOn(line -> line.startsWith(quoted)).singleElement().asString()
			.contains(",\"Jo \"\"JJ\"\", Smith\",Desk work and sitting,");
		assertThat(exports()).as("the download is in the audit log").isEqualTo(before + 1);
	}

	@Test
	void onlyAdminsCanDownload() {
		var client = WebSession.signedInClient(port, "Csv Client", TestData.email("nl-csv-client"));

		assertThat(client.get("/admin/newsletter/subscribers.csv").status()).isEqualTo(403);
		var visitor = new WebSession(port).get("/admin/newsletter/subscribers.csv");
		assertThat(visitor.status()).isEqualTo(302);
		assertThat(visitor.location()).endsWith("/sign-in");
		assertThat(visitor.body()).doesNotContain("email,first_name");
	}

	private long exports() {
		return jdbc.sql("select count(*) from audit_log where action = 'newsletter-subscribers.exported'")
			.query(Long.class)
			.single();
	}
}
