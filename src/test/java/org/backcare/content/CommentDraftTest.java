package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CommentDraftTest {

	private static final ContentSettings SETTINGS = new ContentSettings(10, 300, 2, Duration.ofSeconds(3), 10, 5);

	@Test
	void aCompleteCommentHasNoProblems() {
		assertThat(new CommentDraft(" Rosa ", "rosa@example.com ", " Thanks!\nVery clear. ", null).problems(SETTINGS)
			.isEmpty()).isTrue();
	}

	@Test
	void namesEachMissingField() {
		var errors = new CommentDraft(" ", "", "   ", null).problems(SETTINGS);
		assertThat(errors.byField()).containsOnlyKeys("name", "email", "text");
	}

	@Test
	void refusesAnAddressThatIsNotOne() {
		assertThat(new CommentDraft("Rosa", "rosa at example", "Hi there", null).problems(SETTINGS).get("email"))
			.contains("name@example.com");
	}

	@Test
	void refusesTextOverTheConfiguredLengthAndSaysHowLongItIs() {
		String text = "a".repeat(301);
		assertThat(new CommentDraft("Rosa", "rosa@example.com", text, null).problems(SETTINGS).get("text"))
			.isEqualTo("Your comment can be at most 300 characters; it has 301.");
	}

	@Test
	void allowsUpToTheLinkLimitAndRefusesOneMore() {
		String two = "See https://a.example/x and http://b.example/y.";
		String three = two + " Also https://c.example";
		assertThat(new CommentDraft("Rosa", "rosa@example.com", two, null).problems(SETTINGS).isEmpty()).isTrue();
		assertThat(new CommentDraft("Rosa", "rosa@example.com", three, null).problems(SETTINGS).get("text"))
			.isEqualTo("A comment can hold at most 2 links; please remove some.");
	}

	@Test
	void aJavascriptAddressIsNoLinkSoItDoesNotCount() {
		String text = "javascript:alert(1) javascript:alert(2) javascript:alert(3) https://a.example";
		assertThat(new CommentDraft("Rosa", "rosa@example.com", text, null).problems(SETTINGS).isEmpty()).isTrue();
	}
}
