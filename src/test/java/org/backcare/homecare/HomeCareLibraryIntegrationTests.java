package org.backcare.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.backcare.BackCareTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class HomeCareLibraryIntegrationTests {

	/** The slugs the care-plan engine refers to. */
	static final List<String> PLAN_SLUGS = List.of("stay-active", "heat-wrap", "movement-breaks",
			"self-massage-hands", "foam-roller", "massage-ball", "hook-tool-ql", "knee-to-chest-stretch", "cat-cow",
			"pelvic-tilt", "hamstring-stretch", "hip-flexor-stretch", "side-lying-rest", "preparation-checklist",
			"aftercare");

	/** Claims BackCare never makes (clinical facts 11.4): detox or toxins, cures, back belts or corsets. */
	private static final Pattern NEVER_SAID = Pattern.compile("\\b(detox\\w*|toxins?|cur(e|es|ed|ing)|belts?|corsets?)\\b",
			Pattern.CASE_INSENSITIVE);

	@Autowired
	HomeCareLibrary library;

	@Autowired
	JdbcClient jdbc;

	@Test
	void holdsEveryItemTheCarePlansReferToWithStepsCautionsAndWhoShouldNot() {
		for (String slug : PLAN_SLUGS) {
			var item = library.item(slug);

			assertThat(item).as(slug).isPresent();
			assertThat(item.get().steps()).as(slug + " steps").isNotEmpty().allSatisfy(line -> assertThat(line).isNotBlank());
			assertThat(item.get().cautions()).as(slug + " cautions").isNotEmpty().allSatisfy(line -> assertThat(line).isNotBlank());
			assertThat(item.get().notFor()).as(slug + " who should not").isNotEmpty().allSatisfy(line -> assertThat(line).isNotBlank());
			assertThat(List.of(item.get().title(), item.get().summary(), item.get().whyItHelps(), item.get().howOften()))
				.as(slug).allSatisfy(text -> assertThat(text).isNotBlank());
		}
	}

	@Test
	void noItemTalksOfDetoxToxinsCuresBeltsOrCorsets() {
		var items = library.all();

		assertThat(items).hasSizeGreaterThanOrEqualTo(PLAN_SLUGS.size());
		assertThat(items).allSatisfy(item -> assertThat(item.texts()).as(item.slug())
			.noneMatch(text -> NEVER_SAID.matcher(text).find()));
	}

	@Test
	void noKindIntroductionTemplateOrMigrationTalksOfThemEither() throws IOException {
		var kinds = jdbc.sql("select title || ' ' || intro from homecare_kinds").query(String.class).list();
		List<Path> files;
		try (var templates = Files.list(Path.of("src/main/jte/homecare"));
				var migrations = Files.list(Path.of("src/main/resources/db/migration/homecare"))) {
			files = Stream.concat(templates, migrations).toList();
		}

		assertThat(kinds).hasSize(HomeCareKind.values().length).noneMatch(text -> NEVER_SAID.matcher(text).find());
		assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(NEVER_SAID.matcher(Files.readString(file)).find())
			.as(file.toString())
			.isFalse());
	}

	@Test
	void theWordingCheckWouldCatchThoseClaims() {
		assertThat(List.of("Drink water to detox", "flush out toxins", "this cures back pain", "wear a back belt",
				"a lumbar corset")).allMatch(text -> NEVER_SAID.matcher(text).find());
		assertThat(List.of("a secure grip", "the curve of your back")).noneMatch(text -> NEVER_SAID.matcher(text).find());
	}

	@Test
	void givesItemsInTheOrderAskedAndLeavesOutUnknownSlugs() {
		var items = library.items(List.of("aftercare", "no-such-item", "heat-wrap", "aftercare"));

		assertThat(items).extracting(HomeCareItem::slug).containsExactly("aftercare", "heat-wrap");
		assertThat(library.item("no-such-item")).isEmpty();
		assertThat(library.items(List.of())).isEmpty();
	}

	@Test
	void listsAllItemsGroupedByKind() {
		var kinds = library.all().stream().map(HomeCareItem::kind).toList();

		assertThat(kinds).isSortedAccordingTo(Enum::compareTo);
		assertThat(kinds).containsAll(List.of(HomeCareKind.values()));
	}

	@Test
	void thePreparationChecklistCoversWhatTheClientGetsBeforeASession() {
		var checklist = library.preparationChecklist();

		assertThat(checklist.kind()).isEqualTo(HomeCareKind.PREPARATION);
		assertThat(checklist.steps()).hasSize(6);
		assertThat(String.join(" ", checklist.steps())).contains("Come hydrated", "light stretching", "Arrive rested",
				"what to expect", "what to wear", "relaxation technique");
	}

	@Test
	void aftercareSaysWaterIfThirstyRestGentleStretchingAndHeat() {
		var aftercare = library.aftercare();

		assertThat(aftercare.kind()).isEqualTo(HomeCareKind.AFTERCARE);
		assertThat(String.join(" ", aftercare.steps())).contains("Drink water if you are thirsty", "Take it easy",
				"gentle stretches", "heat pack");
		assertThat(aftercare.steps()).noneMatch(step -> step.contains("bed rest"));
	}

	@Test
	void selfMassageToolsKeepOffTheSpineStopAtLegSymptomsAndLeaveOutPregnancyWhereNeeded() {
		for (var item : library.items(List.of("foam-roller", "massage-ball", "hook-tool-ql", "self-massage-hands"))) {
			var cautions = String.join(" ", item.cautions());
			assertThat(cautions).as(item.slug()).containsIgnoringCase("spine").contains("leg");
		}
		assertThat(library.item("foam-roller").orElseThrow().notFor()).contains("Not in pregnancy after 13 weeks.");
		assertThat(String.join(" ", library.item("hook-tool-ql").orElseThrow().notFor())).contains("Not in pregnancy");
		assertThat(String.join(" ", library.item("heat-wrap").orElseThrow().notFor())).contains("numb",
				"feeling is reduced");
	}

	@Test
	void namesTheShopProductsAnItemUses() {
		assertThat(tagsOf("foam-roller")).contains(ProductTag.FOAM_ROLLER);
		assertThat(tagsOf("massage-ball")).contains(ProductTag.MASSAGE_BALL);
		assertThat(tagsOf("hook-tool-ql")).contains(ProductTag.HOOK_TOOL);
		assertThat(tagsOf("heat-wrap")).contains(ProductTag.HEAT_PACK, ProductTag.COLD_PACK);
		assertThat(tagsOf("movement-breaks")).contains(ProductTag.SEAT_CUSHION);
	}

	@Test
	void theDatabaseRefusesAnItemWithoutStepsOrWithAnUnknownKind() {
		assertThatThrownBy(() -> insert("no-steps", "STRETCH", "{}")).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insert("blank-step", "STRETCH", "{\"  \"}"))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insert("odd-kind", "YOGA", "{\"Breathe\"}"))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(library.item("no-steps")).isEmpty();
	}

	private List<ProductTag> tagsOf(String slug) {
		return library.item(slug).orElseThrow().equipment().stream().map(HomeCareItem.Equipment::productTag).toList();
	}

	private void insert(String slug, String kind, String steps) {
		jdbc.sql("""
				insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often,
				                            steps, cautions, not_for)
				values (:slug, :kind, 99, 'Title', 'Summary', 'Why', 'WEAK', 'Daily', :steps::text[], '{"Careful"}',
				        '{"Not for everyone"}')""")
			.param("slug", slug)
			.param("kind", kind)
			.param("steps", steps)
			.update();
	}
}
