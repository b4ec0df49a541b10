package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameShownTest {

	@Test
	void showsTheNameAsTheClientChose() {
		assertThat(NameShown.FULL_NAME.display("Sam Carter")).isEqualTo("Sam Carter");
		assertThat(NameShown.FIRST_NAME_INITIAL.display("Sam Carter")).isEqualTo("Sam C.");
		assertThat(NameShown.ANONYMOUS.display("Sam Carter")).isEqualTo("A BackCare client");
	}

	@Test
	void takesTheInitialOfTheLastNameAndKeepsLettersOutsideAscii() {
		assertThat(NameShown.FIRST_NAME_INITIAL.display("  Ana   María  Ólafsdóttir ")).isEqualTo("Ana Ó.");
		assertThat(NameShown.FIRST_NAME_INITIAL.display("Leilani Kahale")).isEqualTo("Leilani K.");
	}

	@Test
	void aSingleNameHasNoInitialToAddAndNoNameIsAnonymous() {
		assertThat(NameShown.FIRST_NAME_INITIAL.display("Priya")).isEqualTo("Priya");
		assertThat(NameShown.FULL_NAME.display("  ")).isEqualTo("A BackCare client");
	}
}
