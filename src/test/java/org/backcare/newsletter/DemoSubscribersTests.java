package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.backcare.BackCareTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo practice's newsletter list and its first digest run, in the demo practice's own context. */
@BackCareTest
@ActiveProfiles({ "test", "demo" })
class DemoSubscribersTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoSubscribers demo;

	@Test
	void theDemoListHasSubscribersInEveryStateEachWithTheirConsent() {
		Map<String, String> statuses = jdbc.sql("select email, status from newsletter_subscribers where email like '%@demo.backcare.test'")
			.query()
			.listOfRows()
			.stream()
			.collect(Collectors.toMap(row -> (String) row.get("email"), row -> (String) row.get("status")));

		assertThat(statuses).containsEntry("client1@demo.backcare.test", "CONFIRMED")
			.containsEntry("client2@demo.backcare.test", "PENDING");
		assertThat(statuses.values()).contains("CONFIRMED", "PENDING", "UNSUBSCRIBED", "BOUNCED");
		assertThat(jdbc.sql("""
				select count(*) from newsletter_subscribers s where s.email like '%@demo.backcare.test'
				and not exists (select 1 from newsletter_consents c where c.subscriber_id = s.id)""")
			.query(Integer.class)
			.single()).as("every demo subscriber has a consent record").isZero();
		assertThat(jdbc.sql("select interests from newsletter_subscribers where email = 'client1@demo.backcare.test'")
			.query((row, n) -> (String[]) row.getArray(1).getArray())
			.single()).containsExactlyInAnyOrder("SELF_CARE", "NEW_ARTICLES");
		assertThat(jdbc.sql("select bounce_reason from newsletter_subscribers where status = 'BOUNCED' and email like '%@demo.backcare.test'")
			.query(String.class)
			.list()).allMatch(reason -> reason.startsWith("hard bounce: "));
	}

	@Test
	void theDemoHasASentDigestRunToItsConfirmedReaders() throws InterruptedException {
		// The run is written at start-up and finished by the composer's next round, a second later.
		String status = "";
		for (int wait = 0; wait < 50 && !status.equals("FINISHED"); wait++) {
			Thread.sleep(200);
			status = jdbc.sql("select status from newsletter_runs order by id limit 1").query(String.class).single();
		}

		assertThat(status).isEqualTo("FINISHED");
		assertThat(jdbc.sql("select s.email, r.status from newsletter_run_recipients r "
				+ "join newsletter_subscribers s on s.id = r.subscriber_id where r.run_id = (select min(id) from newsletter_runs)")
			.query()
			.listOfRows()
			.stream()
			.collect(Collectors.toMap(row -> (String) row.get("email"), row -> (String) row.get("status"))))
			.containsOnlyKeys("client1@demo.backcare.test", "ines.reader@demo.backcare.test",
					"marcus.reader@demo.backcare.test", "shop.reader@demo.backcare.test")
			.containsValues("SENT")
			.doesNotContainValue("QUEUED");
		assertThat(jdbc.sql("select count(*) from outbox_messages where lane = 'BULK' and status = 'SENT'")
			.query(Integer.class)
			.single()).as("each digest is in the mailbox, sent").isEqualTo(4);
	}

	@Test
	void loadingTheDemoAgainChangesNothing() {
		int subscribers = count("newsletter_subscribers");
		int consents = count("newsletter_consents");

		demo.addDemoSubscribers();

		assertThat(count("newsletter_subscribers")).isEqualTo(subscribers);
		assertThat(count("newsletter_consents")).isEqualTo(consents);
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}
}
