package org.backcare.therapies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.backcare.BackCareTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database keeps the catalogue's invariants even when the application's checks are bypassed. */
@BackCareTest
class CatalogueDatabaseTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shipsAnEntryWithCautionsForEveryTechnique() {
		assertThat(catalogue.techniques()).extracting(TechniqueProfile::technique).containsExactly(Technique.values());
		for (Technique technique : Technique.values()) {
			TechniqueProfile profile = catalogue.technique(technique);
			assertThat(profile.cautions()).as(technique.name()).isNotEmpty();
			assertThat(profile.positions()).as(technique.name()).isNotEmpty();
			assertThat(profile.slug()).matches("[a-z]+(-[a-z]+)*");
		}
	}

	@Test
	void keepsPrenatalOffTheFrontAndBackAndDeepWorkAwayFromBloodThinners() {
		// M6: side-lying or semi-reclined in pregnancy; M1/P7: no deep tissue with anticoagulants
		assertThat(catalogue.technique(Technique.PRENATAL).positions()).containsExactly(Position.SIDE_LYING_LEFT, Position.SIDE_LYING_RIGHT,
				Position.SEMI_RECLINED);
		assertThat(catalogue.technique(Technique.DEEP_TISSUE).cautions())
			.anySatisfy(caution -> assertThat(caution.rules()).contains("M1", "P7"));
		assertThat(catalogue.technique(Technique.ASHIATSU).positions()).containsExactly(Position.PRONE);
	}

	@Test
	void refusesALengthOtherThan30Or60Or90Minutes() {
		assertThatThrownBy(() -> insert("SWEDISH", 45, 50_00, "USD", null, false))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void refusesAPriceOfZeroOrLess() {
		assertThatThrownBy(() -> insert("SWEDISH", 60, 0, "USD", null, false))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insert("SWEDISH", 60, -100, "USD", null, false))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void refusesAnUnknownTechniqueSkillOrCurrency() {
		assertThatThrownBy(() -> insert("HOT_STONES", 60, 50_00, "USD", null, false))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insert("SWEDISH", 60, 50_00, "USD", "REIKI", false))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insert("SWEDISH", 60, 50_00, "usd", null, false))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void allowsOnlyOneActiveServicePerTechniqueAndLength() {
		Offers.retire(jdbc, Technique.PRENATAL, 90);
		insert("PRENATAL", 90, 130_00, "USD", "PRENATAL", true);
		insert("PRENATAL", 90, 120_00, "USD", "PRENATAL", false);

		assertThatThrownBy(() -> insert("PRENATAL", 90, 140_00, "USD", "PRENATAL", true))
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void refusesAPressureRangeThatRunsBackwardsOrOffTheScale() {
		assertThatThrownBy(() -> jdbc.sql("update techniques set pressure_min = 5, pressure_max = 1 where code = 'SWEDISH'")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("update techniques set pressure_max = 6 where code = 'SWEDISH'").update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("update techniques set positions = array['UPSIDE_DOWN'] where code = 'SWEDISH'")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(catalogue.technique(Technique.SWEDISH).pressure()).isEqualTo(new Pressure(1, 3));
	}

	@Test
	void refusesACautionWithoutARecognisableRuleId() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into technique_cautions (technique, sort_order, advice, rules)
				values ('SWEDISH', 99, 'Made up', array['because'])""").update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void readsServicesBackThroughTheModuleApi() {
		Service offered = Offers.offer(catalogue, jdbc, Technique.ASHIATSU, 90, 160_00, Skill.ASHIATSU, "Ashiatsu, long");

		assertThat(catalogue.service(offered.id())).contains(offered);
		assertThat(catalogue.activeServices(Technique.ASHIATSU)).contains(offered);
		assertThat(catalogue.activeServices()).contains(offered)
			.allSatisfy(service -> assertThat(service.active()).isTrue());
		assertThat(offered.requiredSkill()).isEqualTo(Skill.ASHIATSU);
		assertThat(Arrays.asList(Technique.values())).contains(offered.technique());
	}

	private void insert(String technique, int minutes, long price, String currency, String skill, boolean active) {
		jdbc.sql("""
				insert into services (technique, minutes, price_minor, currency, required_skill, active, name)
				values (:technique, :minutes, :price, :currency, :skill, :active, 'Test service')""")
			.param("technique", technique)
			.param("minutes", minutes)
			.param("price", price)
			.param("currency", currency)
			.param("skill", skill)
			.param("active", active)
			.update();
	}
}
