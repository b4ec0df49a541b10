package org.backcare.therapies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.backcare.BackCareTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class ServiceRaceTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoAdminsAddingTheSameServiceAtOnceGetOneServiceAndOneRefusal() throws Exception {
		Offers.retire(jdbc, Technique.MYOFASCIAL_RELEASE, 90);
		var start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			long cents = 130_00 + i;
			attempts.add(pool.submit(() -> {
				start.await();
				try {
					catalogue.add(new ServiceDetails(Technique.MYOFASCIAL_RELEASE, 90, new Price(cents, Offers.USD), null,
							true, "Myofascial release, long", null));
					return true;
				}
				catch (DuplicateService refused) {
					return false;
				}
			}));
		}
		start.countDown();
		int added = 0;
		for (Future<Boolean> attempt : attempts) {
			added += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
		}
		pool.shutdown();

		assertThat(added).isEqualTo(1);
		assertThat(catalogue.activeServices(Technique.MYOFASCIAL_RELEASE)).filteredOn(service -> service.minutes() == 90)
			.hasSize(1);
	}
}
