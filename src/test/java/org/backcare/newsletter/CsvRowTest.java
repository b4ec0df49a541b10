package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRowTest {

	@Test
	void endsALineWithCrLfAndLeavesPlainCellsAlone() {
		assertThat(CsvRow.of(List.of("a@example.test", "Sam", "2026-11-22T09:00:00Z"))).isEqualTo("a@example.test,Sam,2026-11-22T09:00:00Z\r\n");
	}

	@Test
	void writesAMissingValueAsAnEmptyCell() {
		assertThat(CsvRow.of(Arrays.asList("a", null, ""))).isEqualTo("a,,\r\n");
	}

	@Test
	void quotesCellsWithCommasQuotesOrLineBreaksAndDoublesTheirQuotes() {
		assertThat(CsvRow.cell("Smith, Jo")).isEqualTo("\"Smith, Jo\"");
		assertThat(CsvRow.cell("Jo \"JJ\"")).isEqualTo("\"Jo \"\"JJ\"\"\"");
		assertThat(CsvRow.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(CsvRow.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=1+2", "+1", "-1", "@SUM(A1)", "\tTab", "\rReturn" })
	void turnsAnythingASpreadsheetWouldRunIntoText(String value) {
		assertThat(CsvRow.cell(value)).contains("'" + value);
		assertThat(CsvRow.cell(value)).doesNotStartWith(value.substring(0, 1));
	}

	@Test
	void aFormulaWithQuotesIsBothDefusedAndQuoted() {
		assertThat(CsvRow.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
	}

	@Test
	void aSignInsideACellIsLeftAlone() {
		assertThat(CsvRow.cell("a-b=c")).isEqualTo("a-b=c");
	}
}
