package org.backcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class InstrumentFormatTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The Morning Stiffness Index of docs/instruments.md, changed as the test needs. */
	private static String stiffness(Consumer<ObjectNode> change) {
		var root = (ObjectNode) JSON.readTree(InstrumentExamples.morningStiffness());
		change.accept(root);
		return JSON.writeValueAsString(root);
	}

	private static String outlook(Consumer<ObjectNode> change) {
		var root = (ObjectNode) JSON.readTree(InstrumentExamples.outlookSorter());
		change.accept(root);
		return JSON.writeValueAsString(root);
	}

	private static ObjectNode item(ObjectNode root, int index) {
		return (ObjectNode) root.get("items").get(index);
	}

	private static ObjectNode scoring(ObjectNode root) {
		return (ObjectNode) root.get("scoring");
	}

	private static List<String> problems(String json) {
		try {
			InstrumentFormat.read(json);
		}
		catch (InstrumentRejected rejected) {
			return rejected.problems();
		}
		throw new AssertionError("the definition was accepted");
	}

	@Test
	void readsTheMorningStiffnessIndex() {
		var instrument = InstrumentFormat.read(InstrumentExamples.morningStiffness());
		assertThat(instrument.code()).isEqualTo("MSI");
		assertThat(instrument.name()).isEqualTo("Morning Stiffness Index");
		assertThat(instrument.version()).isEqualTo(1);
		assertThat(instrument.licence()).startsWith("Made up");
		assertThat(instrument.items()).hasSize(5).allMatch(Instrument.Item::required).noneMatch(Instrument.Item::clientNamed);
		assertThat(instrument.items().get(0).options()).extracting(Instrument.Option::value).containsExactly(0, 1, 2, 3, 4);
		assertThat(instrument.items().get(0).options().get(4).label()).isEqualTo("Too stiff to move without help");
		assertThat(instrument.scoring().method()).isEqualTo(Scoring.Method.SUM);
		assertThat(instrument.scoring().direction()).isEqualTo(Scoring.Direction.LOWER_IS_BETTER);
		assertThat(instrument.scoring().importantChange()).isEqualTo(new Scoring.ImportantChange(3.0, 30.0, null));
		assertThat(instrument.scoring().categories()).extracting(Scoring.Category::code)
			.containsExactly("MILD", "MODERATE", "SEVERE");
		assertThat(instrument.scoring().categories().get(1).when())
			.containsExactly(new Scoring.Threshold("total", 6.0, 12.0));
	}

	@Test
	void readsTheBackOutlookSorter() {
		var instrument = InstrumentFormat.read(InstrumentExamples.outlookSorter());
		assertThat(instrument.items()).hasSize(7);
		assertThat(instrument.scoring().method()).isEqualTo(Scoring.Method.SUBSCALES);
		assertThat(instrument.scoring().importantChange()).isNull();
		assertThat(instrument.scoring().subscales())
			.containsExactly(new Scoring.Subscale("outlook", "Outlook", List.of("future", "mind", "careful", "bother")));
		assertThat(instrument.scoring().categories().get(2)).isEqualTo(new Scoring.Category("LOW", "Low", List.of()));
	}

	@Test
	void readsOptionalFieldsAndAnyCaseOfMethodAndDirection() {
		var instrument = InstrumentFormat.read(stiffness(root -> {
			item(root, 4).put("required", false).put("clientNamed", true);
			scoring(root).put("method", "mean").put("direction", "higher_is_better");
			((ObjectNode) scoring(root).get("importantChange")).remove("percent");
			((ObjectNode) scoring(root).get("importantChange")).put("itemPoints", 1.5);
		}));
		assertThat(instrument.items().get(4).required()).isFalse();
		assertThat(instrument.items().get(4).clientNamed()).isTrue();
		assertThat(instrument.scoring().method()).isEqualTo(Scoring.Method.MEAN);
		assertThat(instrument.scoring().importantChange()).isEqualTo(new Scoring.ImportantChange(3.0, null, 1.5));
	}

	@Test
	void refusesWhatIsNotJson() {
		assertThat(problems("{\n  \"code\": \"MSI\",\n  oops\n}")).singleElement()
			.asString()
			.startsWith("This is not valid JSON (line 3, column 3)");
		assertThat(problems("   ")).containsExactly("The definition is empty.");
		assertThat(problems("[]")).containsExactly("must be the definition (a JSON object)");
		assertThat(problems("x".repeat(InstrumentFormat.MAX_CHARS + 1))).containsExactly("The definition is longer than 256 KB.");
	}

	@Test
	void refusesDuplicateKeys() {
		assertThat(problems(InstrumentExamples.morningStiffness().replace("\"version\": 1,", "\"version\": 1, \"version\": 2,")))
			.singleElement()
			.asString()
			.startsWith("This is not valid JSON")
			.contains("version");
	}

	@Test
	void reportsEveryProblemWithItsPath() {
		String json = stiffness(root -> {
			root.put("code", "msi");
			root.remove("name");
			root.put("version", 0);
			item(root, 3).put("colour", "red");
			((ObjectNode) item(root, 3).get("options").get(1)).put("value", "high");
			((ObjectNode) item(root, 1).get("options").get(0)).put("label", " ");
			item(root, 2).put("id", "getting-up");
			scoring(root).put("method", "MEDIAN");
		});
		assertThat(problems(json)).containsExactly(
				"code: must be 2 to 20 capital letters, digits, - or _, starting with a letter", "name: is missing",
				"version: must be a whole number from 1 to 1000000",
				"items[1].options[0].label: must not be blank",
				"items[3].colour: is not a field of an item (expected id, text, required, clientNamed, options)",
				"items[3].options[1].value: must be a whole number from -1000 to 1000",
				"items[2].id: \"getting-up\" is used by an earlier item",
				"scoring.method: must be one of SUM, MEAN, SUBSCALES");
	}

	@Test
	void refusesWrongTypes() {
		String json = stiffness(root -> {
			root.put("format", 2);
			root.put("licence", 7);
			item(root, 0).put("required", "yes");
			item(root, 1).put("options", "0-4");
			item(root, 2).set("options", JSON.createArrayNode().add(JSON.createObjectNode().put("value", 1).put("label", "only")));
			root.set("scoring", JSON.createArrayNode());
		});
		assertThat(problems(json)).containsExactly("format: must be 1", "licence: must be text",
				"items[0].required: must be true or false", "items[1].options: must be a list (a JSON array)",
				"items[2].options: must have 2 to 50 entries, not 1", "scoring: must be the scoring (a JSON object)");
	}

	@Test
	void refusesTheBuiltInCodes() {
		assertThat(problems(stiffness(root -> root.put("code", "NPRS"))))
			.containsExactly("code: NPRS is built in; give this instrument another code");
		assertThat(problems(stiffness(root -> root.put("code", "PSFS"))))
			.containsExactly("code: PSFS is built in; give this instrument another code");
	}

	@Test
	void refusesMissingFields() {
		assertThat(problems("{}")).containsExactly("format: is missing", "code: is missing", "name: is missing",
				"version: is missing", "licence: is missing", "items: is missing", "scoring: is missing");
		assertThat(problems(stiffness(root -> root.set("items", JSON.createArrayNode()))))
			.containsExactly("items: must have 1 to 200 entries, not 0");
	}

	@Test
	void checksTheImportantChange() {
		assertThat(problems(stiffness(root -> scoring(root).set("importantChange", JSON.createObjectNode()))))
			.containsExactly("scoring.importantChange: needs points, percent or both");
		assertThat(problems(stiffness(
				root -> scoring(root).set("importantChange", JSON.createObjectNode().put("points", 0).put("percent", 120)))))
			.containsExactly("scoring.importantChange.points: must be a number greater than 0 and at most 100000",
					"scoring.importantChange.percent: must be a number greater than 0 and at most 100");
		assertThat(problems(stiffness(root -> ((ObjectNode) scoring(root).get("importantChange")).put("mcid", 2))))
			.containsExactly("scoring.importantChange.mcid: is not a field of the minimal important change "
					+ "(expected points, percent, itemPoints)");
	}

	@Test
	void checksSubscalesAndThresholds() {
		String json = outlook(root -> {
			var subscale = (ObjectNode) scoring(root).get("subscales").get(0);
			((ArrayNode) subscale.get("items")).add("worry");
			((ArrayNode) scoring(root).get("subscales")).add(JSON.createObjectNode().put("code", "total").put("name", "Total")
				.set("items", JSON.createArrayNode().add("walk")));
			var high = (ObjectNode) scoring(root).get("categories").get(0);
			((ObjectNode) high.get("when").get(0)).put("score", "mood");
			var medium = (ObjectNode) scoring(root).get("categories").get(1);
			((ObjectNode) medium.get("when").get(0)).remove("atLeast");
			var low = (ObjectNode) scoring(root).get("categories").get(2);
			low.set("when", JSON.createArrayNode().add(JSON.createObjectNode().put("score", "total").put("atLeast", 3).put("atMost", 1)));
		});
		assertThat(problems(json)).containsExactly("scoring.subscales[0].items[4]: \"worry\" is not the id of an item",
				"scoring.subscales[1].code: \"total\" is \"total\" or used by an earlier subscale",
				"scoring.categories[0].when[0].score: \"mood\" is neither \"total\" nor the code of a subscale",
				"scoring.categories[1].when[0]: needs atLeast, atMost or both",
				"scoring.categories[2].when[0]: atLeast is greater than atMost");
	}

	@Test
	void subscalesGoWithTheirMethodOnly() {
		assertThat(problems(outlook(root -> {
			scoring(root).remove("subscales");
			scoring(root).remove("categories");
		}))).containsExactly("scoring.subscales: is needed with method SUBSCALES",
				"scoring.categories: is needed with method SUBSCALES");
		assertThat(problems(outlook(root -> scoring(root).put("method", "SUM"))))
			.containsExactly("scoring.subscales: is only used with method SUBSCALES");
	}

	@Test
	void refusedDefinitionsSayWhy() {
		ThrowingCallable read = () -> InstrumentFormat.read(stiffness(root -> root.put("version", "one")));
		assertThatThrownBy(read).isInstanceOf(InstrumentRejected.class)
			.hasMessage("version: must be a whole number from 1 to 1000000");
	}
}
