package org.backcare.therapies;

import static org.assertj.core.api.Assertions.assertThat;

import org.backcare.BackCareTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The test application runs without the demo profile, so the demo services are created here by hand. */
@BackCareTest
class DemoServicesTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TherapiesSettings settings;

	@Test
	void offersEveryTechniqueOnceAndChangesNothingOnTheNextStart() {
		var demo = new DemoServices(catalogue, jdbc, settings);

		demo.createDemoServices();
		long afterFirstStart = Offers.count(jdbc);
		demo.createDemoServices();

		assertThat(Offers.count(jdbc)).isEqualTo(afterFirstStart);
		for (Technique technique : Technique.values()) {
			assertThat(jdbc.sql("select count(*) from services where technique = :technique")
				.param("technique", technique.name())
				.query(Long.class)
				.single()).as(technique.name()).isPositive();
		}
	}

	@Test
	void pricesInTheConfiguredCurrencyWhichIsUsDollarsByDefault() {
		assertThat(settings.currency().getCurrencyCode()).isEqualTo("USD");
	}
}
