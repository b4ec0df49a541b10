package org.backcare.therapies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.backcare.BackCareTest;
import org.backcare.Together;
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
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			long cents = 130_00 + i;
			attempts.add(() -> {
				try {
					catalogue.add(new ServiceDetails(Technique.MYOFASCIAL_RELEASE, 90, new Price(cents, Offers.USD), null,
							true, "Myofascial release, long", null, false));
					return true;
				}
				catch (DuplicateService refused) {
					return false;
				}
			});
		}

		assertThat(Together.run(attempts)).containsOnlyOnce(true);
		assertThat(catalogue.activeServices(Technique.MYOFASCIAL_RELEASE)).filteredOn(service -> service.minutes() == 90 && !service.consultation())
			.hasSize(1);
	}
}
