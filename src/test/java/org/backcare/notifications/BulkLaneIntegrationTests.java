package org.backcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class BulkLaneIntegrationTests {

	private static final int BULK = 3000;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPasswordResetDoesNotWaitBehindThousandsOfDigests() {
		String batch = TestData.email("bulk").replace("@example.test", "");
		jdbc.sql("""
				insert into outbox_messages (to_address, subject, text_body, lane, reference)
				select :batch || '-' || n || '@example.test', 'Digest', 'A digest', 'BULK', :batch || ':' || n
				from generate_series(1, :count) n""")
			.param("batch", batch)
			.param("count", BULK)
			.update();
		try {
			String email = TestData.email("reset");
			outbox.add(new Message(email, "Reset your password", "The link.", null, Map.of()));

			assertThat(TestMail.awaitMessages(email, 1)).hasSize(1);
			assertThat(pendingBulk(batch)).as("digests still waiting").isGreaterThan(BULK / 2);
		}
		finally {
			jdbc.sql("""
					update outbox_messages set status = 'CANCELLED', cancelled_at = now()
					where reference like :batch || ':%' and status = 'PENDING'""")
				.param("batch", batch)
				.update();
		}
	}

	private int pendingBulk(String batch) {
		return jdbc.sql("select count(*) from outbox_messages where reference like :batch || ':%' and status = 'PENDING'")
			.param("batch", batch)
			.query(Integer.class)
			.single();
	}
}
