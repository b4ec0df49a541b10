package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.backcare.BackCareTest;
import org.backcare.therapies.Technique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class NextSessionAdviceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NextSessionAdvice advice;

	@Test
	void theFirstSessionStartsAtThePlansLightestPressure() {
		var practice = new RecordPractice(jdbc, port, "Vera First", "Will Client");
		practice.approvedPlan("Will Client");
		long booking = practice.booking(Duration.ofDays(1));
		var today = advice.advice(booking);
		assertThat(today.pressure().level()).isEqualTo(today.plan().min());
		assertThat(today.pressure().lowered()).isFalse();
		assertThat(today.checkIn()).isNull();
	}

	@Test
	void aLongSorenessAtTheCheckInAndLegSymptomsAtTheLastSessionShapeTheNext() {
		var practice = new RecordPractice(jdbc, port, "Xena Next", "Yuri Client");
		practice.approvedPlan("Yuri Client");
		long last = practice.booking(Duration.ofDays(-3));
		long next = practice.booking(Duration.ofDays(1));
		String token = practice.therapistToken();
		var plan = advice.advice(next).plan();
		var saved = RecordPut.put(port, last, "{\"version\":0,\"painBefore\":5,\"pressure\":" + plan.max()
				+ ",\"techniques\":[\"DEEP_TISSUE\"],\"feedback\":[{\"technique\":\"DEEP_TISSUE\",\"pressure\":\"COMFORTABLE\",\"radiating\":true}]}", token);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(advice.advice(next).pressure().level()).isEqualTo(plan.max());
		assertThat(advice.advice(next).stops()).containsExactly(Technique.DEEP_TISSUE);

		jdbc.sql("""
				insert into check_ins (booking_id, client_id, token_hash, expires_at, answered_at, soreness, soreness_hours,
				    bruising, headache, fatigue, leg_weakness, numbness, pain_worse, pain_today)
				values (:booking, :client, :hash, now() + interval '7 days', now(), 4, 60, false, false, true, false, false, false, 5)""")
			.param("booking", last)
			.param("client", practice.client)
			.param("hash", "test-" + last)
			.update();

		var today = advice.advice(next);
		assertThat(today.pressure().level()).isEqualTo(plan.max() - 1);
		assertThat(today.pressure().reasons()).extracting(PressureAdvice.Reason::rule).containsExactly("O6");
		assertThat(today.checkIn().sorenessHours()).isEqualTo(60);
		assertThat(today.checkIn().fatigue()).isTrue();
	}
}
