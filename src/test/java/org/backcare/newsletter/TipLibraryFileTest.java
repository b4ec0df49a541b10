package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The tips shipped in src/main/resources/newsletter/tips.md are complete, safe to send and grounded in the fact sheet. */
class TipLibraryFileTest {

	static final Path FACT_SHEET = Path.of("/work/shared/domain/clinical-facts.md");

	static final Set<String> PREGNANCY_RULES = Set.of("M6", "M7", "M8", "M9", "S8", "L2");

	// British spellings and terms our US readers would stumble over.
	static final Pattern BRITISH = Pattern.compile(
			"\\b(colour\\w*|centre\\w*|behaviour\\w*|favour\\w*|caesarean|A&E|GP|practise\\w*|organis\\w*|programme\\w*|mum)\\b",
			Pattern.CASE_INSENSITIVE);

	final List<TipFile.Entry> tips = TipLibrary.entries();

	@Test
	void shipsAtLeastThirtyTwoTipsWithUniqueWellFormedSlugs() {
		assertThat(tips).hasSizeGreaterThanOrEqualTo(32);
		assertThat(tips).extracting(TipFile.Entry::slug).doesNotHaveDuplicates()
			.allSatisfy(slug -> assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(60));
	}

	@Test
	void everyTipFitsTheTable() {
		assertThat(tips).allSatisfy(tip -> {
			assertThat(tip.text().title()).as(tip.slug()).isNotBlank().hasSizeLessThanOrEqualTo(TipForm.MOST_TITLE);
			assertThat(tip.text().body()).as(tip.slug()).hasSizeBetween(80, TipForm.MOST_BODY);
			assertThat(tip.text().ruleIds()).as(tip.slug()).hasSizeLessThanOrEqualTo(TipForm.MOST_RULES);
		});
	}

	@Test
	void everyTipRestsOnRulesOfTheFactSheet() {
		assertThat(tips).allSatisfy(tip -> {
			assertThat(tip.text().ruleIds()).as(tip.slug()).isNotBlank();
			assertThat(FactRules.unknown(tip.text().ruleIds())).as(tip.slug()).isEmpty();
		});
	}

	@Test
	void theRuleIdsWeAcceptAreTheFactSheetsOwn() throws IOException {
		Assumptions.assumeTrue(Files.isReadable(FACT_SHEET), "the shared fact sheet is not on this machine");
		String sheet = Files.readString(FACT_SHEET);

		assertThat(FactRules.IDS).allSatisfy(id -> assertThat(sheet).contains("| " + id + " |"));
	}

	@Test
	void noTipPromisesACureOrUsesBritishSpelling() {
		assertThat(tips).allSatisfy(tip -> {
			String words = tip.text().title() + "\n" + tip.text().body();
			assertThat(TipWording.promise(words)).as(tip.slug()).isEmpty();
			assertThat(BRITISH.matcher(words).find()).as(tip.slug() + " in US English").isFalse();
		});
	}

	@Test
	void pregnancyTipsFollowThePregnancyRulesAndTheTopicsAreCovered() {
		assertThat(tips).filteredOn(tip -> tip.text().audience() == Interest.PREGNANCY)
			.hasSizeGreaterThanOrEqualTo(5)
			.allSatisfy(tip -> assertThat(Arrays.asList(tip.text().ruleIds().split(" ")))
				.as(tip.slug()).containsAnyElementsOf(PREGNANCY_RULES));
		assertThat(tips).filteredOn(tip -> tip.text().audience() == Interest.DESK_WORK).hasSizeGreaterThanOrEqualTo(4);
		assertThat(tips).filteredOn(tip -> tip.text().audience() == Interest.SELF_CARE).hasSizeGreaterThanOrEqualTo(4);
		assertThat(tips).filteredOn(tip -> tip.text().audience() == null).hasSizeGreaterThanOrEqualTo(15);
	}

	@Test
	void tipsOnWarningSignsSendPeopleToADoctor() {
		assertThat(tips).filteredOn(tip -> Arrays.stream(tip.text().ruleIds().split(" "))
			.anyMatch(id -> id.startsWith("S")))
			.isNotEmpty()
			.allSatisfy(tip -> assertThat(tip.text().body()).as(tip.slug())
				.containsAnyOf("doctor", "emergency department", "midwife", "medical"));
	}

	@Test
	void aMalformedTipIsRefusedWithItsSlug() {
		assertThatThrownBy(() -> TipFile.parse("# doc\n\n## no-title\nAudience: everyone\n\nA body."))
			.hasMessageContaining("no-title");
		assertThatThrownBy(() -> TipFile.parse("## odd-audience\nTitle: T\nAudience: SHOP_OFFERS\nRules: A1\n\nBody."))
			.hasMessageContaining("odd-audience");
	}

	@Test
	void theWordingCheckCatchesPromisesButNotInnocentWords() {
		assertThat(TipWording.promise("This will CURE your back")).contains("cure");
		assertThat(TipWording.promise("A miracle stretch")).contains("miracle");
		assertThat(TipWording.promise("Flush out toxins")).contains("toxins");
		assertThat(TipWording.promise("Keep your back secure and measure accurately")).isEmpty();
	}
}
