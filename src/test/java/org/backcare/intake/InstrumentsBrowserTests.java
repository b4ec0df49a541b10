package org.backcare.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;

@BrowserTest
class InstrumentsBrowserTests {

	private static void openInstruments(Page page) {
		Visitor.signInAsAdmin(page);
		page.navigate("/admin/instruments");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Outcome instruments"))).isVisible();
	}

	private static void load(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load instrument")).click();
	}

	private static Locator row(Page page, String code) {
		return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("(" + code + ")"));
	}

	@Test
	void listsTheBuiltInInstrumentsWithTheirLicenceNotes(Page page) {
		openInstruments(page);

		assertThat(row(page, "NPRS")).containsText("Numeric Pain Rating Scale");
		assertThat(row(page, "NPRS")).containsText("2 points or 30% improvement");
		assertThat(row(page, "NPRS")).containsText("no known owner");
		assertThat(row(page, "NPRS")).containsText("Built in");
		assertThat(row(page, "PSFS")).containsText("Mean 0–10, higher is better");
		assertThat(row(page, "PSFS")).containsText("3 points on one item");
	}

	@Test
	void adminLoadsAMadeUpInstrumentByPastingIt(Page page) {
		String json = InstrumentExamples.withUniqueCode(InstrumentExamples.morningStiffness());
		String code = InstrumentFormat.read(json).code();
		openInstruments(page);

		page.getByLabel("Definition (JSON)").fill(json);
		load(page);

		assertThat(page.getByRole(AriaRole.STATUS))
			.containsText("Loaded Morning Stiffness Index (" + code + ") version 1.");
		assertThat(row(page, code)).containsText("Sum 0–20, lower is better");
		assertThat(row(page, code)).containsText("Categories: Mild, Moderate, Severe");
		assertThat(row(page, code)).containsText("Made up for BackCare");
		assertThat(row(page, code)).containsText("by " + TestData.ADMIN_EMAIL);

		page.getByLabel("Definition (JSON)").fill(json);
		load(page);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText(code + " version 1 is already loaded.");
	}

	@Test
	void adminUploadsAMadeUpInstrumentFile(Page page) {
		String json = InstrumentExamples.withUniqueCode(InstrumentExamples.outlookSorter());
		String code = InstrumentFormat.read(json).code();
		openInstruments(page);

		page.getByLabel("Or a definition file").setInputFiles(
				new FilePayload("outlook.json", "application/json", json.getBytes(StandardCharsets.UTF_8)));
		load(page);

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Loaded Back Outlook Sorter (" + code + ") version 1.");
		assertThat(row(page, code)).containsText("Categories: High, Medium, Low");
		assertThat(row(page, code)).containsText("1 subscales");
	}

	@Test
	void aBadDefinitionIsShownWithEveryProblemAndTheFormHasNoSeriousAccessibilityProblems(Page page) {
		String json = InstrumentExamples.withUniqueCode(InstrumentExamples.morningStiffness())
			.replace("\"version\": 1", "\"version\": 0")
			.replace("\"LOWER_IS_BETTER\"", "\"DOWN\"");
		openInstruments(page);

		page.getByLabel("Definition (JSON)").fill(json);
		load(page);

		Locator problems = page.getByRole(AriaRole.ALERT);
		assertThat(problems).containsText("version: must be a whole number from 1 to 1000000");
		assertThat(problems).containsText("scoring.direction: must be one of HIGHER_IS_BETTER, LOWER_IS_BETTER");
		assertThat(page.getByLabel("Definition (JSON)")).hasValue(json);
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByLabel("Definition (JSON)").fill("");
		load(page);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Paste a definition or choose a .json file.");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void refusesFilesThatAreNotJsonOrTooLarge(Page page) {
		openInstruments(page);

		page.getByLabel("Or a definition file").setInputFiles(
				new FilePayload("outlook.txt", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)));
		load(page);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Choose a file whose name ends in .json.");

		page.getByLabel("Or a definition file").setInputFiles(new FilePayload("huge.json", "application/json",
				" ".repeat(InstrumentFormat.MAX_CHARS + 1).getBytes(StandardCharsets.UTF_8)));
		load(page);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("The file is larger than 256 KB.");
	}

	@Test
	void aClientMayNotSeeTheInstrumentsPage(Page page) {
		Visitor.registerConfirmAndSignIn(page, "Curious Client", TestData.email("instruments-client"));

		var response = page.navigate("/admin/instruments");

		Assertions.assertThat(response.status()).isEqualTo(403);
	}
}
