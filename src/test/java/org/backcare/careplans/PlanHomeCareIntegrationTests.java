package org.backcare.careplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.backcare.BackCareTest;
import org.backcare.homecare.HomeCareLibrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Plans name home-care items by slug; every slug a plan can carry must open a real item of the library. */
@BackCareTest
class PlanHomeCareIntegrationTests {

	@Autowired
	HomeCareLibrary library;

	@Autowired
	PlanEngine engine;

	@Test
	void everyHomeCareItemAPlanProposesIsInTheLibrary() {
		var random = new Random(11);
		Set<String> proposed = new TreeSet<>();
		for (int i = 0; i < 5_000; i++) {
			var plan = engine.propose(PlanEngineSafetyTest.randomIntake(random)).plan();
			if (plan != null) {
				plan.homeCare().forEach(item -> proposed.add(item.item()));
			}
		}

		assertThat(proposed).as("a spread of intakes proposes most of the library").hasSizeGreaterThan(10);
		assertThat(proposed).allSatisfy(slug -> assertThat(library.item(slug)).as(slug).isPresent());
	}
}
