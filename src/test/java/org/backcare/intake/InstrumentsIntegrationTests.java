package org.backcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.backcare.BackCareTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class InstrumentsIntegrationTests {

	@Autowired
	Instruments instruments;

	@Autowired
	JdbcClient jdbc;

	private static String code(String json) {
		return InstrumentFormat.read(json).code();
	}

	@Test
	void loadsAMadeUpInstrumentAndFindsAndScoresIt() {
		String json = InstrumentExamples.withUniqueCode(InstrumentExamples.outlookSorter());
		String code = code(json);

		instruments.load(json, "admin@test");

		var found = instruments.find(code).orElseThrow();
		assertThat(found.name()).isEqualTo("Back Outlook Sorter");
		assertThat(found.score(Map.of("walk", 0, "lift", 0, "sleep", 0, "future", 1, "mind", 1, "careful", 1, "bother", 0))
			.category()).isEqualTo("HIGH");
		assertThat(instruments.all()).anySatisfy(listing -> {
			assertThat(listing.instrument().code()).isEqualTo(code);
			assertThat(listing.builtIn()).isFalse();
			assertThat(listing.loadedBy()).isEqualTo("admin@test");
			assertThat(listing.loadedAt()).isNotNull();
		});
	}

	@Test
	void listsTheBuiltInInstrumentsFirst() {
		assertThat(instruments.all()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(instruments.all().subList(0, 2)).extracting(listing -> listing.instrument().code())
			.containsExactly("NPRS", "PSFS");
		assertThat(instruments.all().subList(0, 2)).allMatch(InstrumentListing::builtIn);
		assertThat(instruments.find("NPRS")).contains(Nprs.INSTRUMENT);
		assertThat(instruments.find("PSFS", 1)).contains(Psfs.INSTRUMENT);
		assertThat(instruments.find("NOPE")).isEmpty();
	}

	@Test
	void refusesTheSameCodeAndVersionAgainButStoresANewVersionAlongside() {
		String json = InstrumentExamples.withUniqueCode(InstrumentExamples.morningStiffness());
		String code = code(json);
		instruments.load(json, "admin@test");

		assertThatThrownBy(() -> instruments.load(json, "someone else")).isInstanceOf(InstrumentRejected.class)
			.hasMessage(code + " version 1 is already loaded. To change it, load it again with a higher version.");

		instruments.load(json.replace("\"version\": 1", "\"version\": 2")
			.replace("Morning Stiffness Index", "Morning Stiffness Index, revised"), "admin@test");
		assertThat(instruments.find(code).orElseThrow().version()).isEqualTo(2);
		assertThat(instruments.find(code, 1).orElseThrow().name()).isEqualTo("Morning Stiffness Index");
		assertThat(jdbc.sql("select count(*) from instruments where code = :code").param("code", code).query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void storesNothingThatIsRefused() {
		String json = InstrumentExamples.withUniqueCode(InstrumentExamples.morningStiffness()).replace("\"SUM\"", "\"MEDIAN\"");
		String code = json.replaceAll("(?s).*\"code\": \"([A-Z0-9]+)\".*", "$1");

		assertThatThrownBy(() -> instruments.load(json, "admin@test")).isInstanceOf(InstrumentRejected.class)
			.hasMessage("scoring.method: must be one of SUM, MEAN, SUBSCALES");
		assertThat(instruments.find(code)).isEmpty();
	}

	@Test
	void loadsNewDefinitionsFromTheInstrumentsDirectoryAndSkipsKnownOnes(@TempDir Path directory) throws IOException {
		String good = InstrumentExamples.withUniqueCode(InstrumentExamples.morningStiffness());
		Files.writeString(directory.resolve("stiffness.json"), good);
		Files.writeString(directory.resolve("broken.json"), "{ \"code\": ");
		Files.writeString(directory.resolve("notes.txt"), "not a definition");
		var loader = new InstrumentsDirectory(instruments, new IntakeSettings(directory, ScreeningSettings.defaults()));

		assertThat(loader.loadFrom(directory)).isEqualTo(1);
		assertThat(loader.loadFrom(directory)).isZero();

		assertThat(instruments.all()).anySatisfy(listing -> {
			assertThat(listing.instrument().code()).isEqualTo(code(good));
			assertThat(listing.loadedBy()).isEqualTo(InstrumentsDirectory.LOADED_BY);
		});
		assertThat(loader.loadFrom(directory.resolve("missing"))).isZero();
	}

	@Test
	void theDatabaseRefusesADefinitionThatDoesNotMatchItsRow() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into instruments (code, version, name, definition, loaded_by)
				values ('XQ', 1, 'X', '{"code": "XY", "version": 1}', 'test')
				""").update()).hasMessageContaining("instruments_check");
	}
}
