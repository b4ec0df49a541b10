package org.backcare.platform;

import java.util.List;

import org.backcare.platform.LinkedText.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkedTextTest {

	@Test
	void cutsAnAddressOutOfTheTextAroundIt() {
		assertThat(LinkedText.of("Open this link:\nhttps://backcare.test/confirm-email/abc123\n\nThanks"))
			.containsExactly(text("Open this link:\n"), link("https://backcare.test/confirm-email/abc123"),
					text("\n\nThanks"));
	}

	@Test
	void keepsSentencePunctuationOutOfTheLink() {
		assertThat(LinkedText.of("Go to http://localhost:8080/sign-in. Or https://backcare.test/a?b=c&d=e, then rest!"))
			.containsExactly(text("Go to "), link("http://localhost:8080/sign-in"), text(". Or "),
					link("https://backcare.test/a?b=c&d=e"), text(", then rest!"));
	}

	@Test
	void keepsClosingBracketsOnlyWhenTheAddressOpenedThem() {
		assertThat(LinkedText.of("(see https://en.wikipedia.org/wiki/Back_pain_(disorder))"))
			.containsExactly(text("(see "), link("https://en.wikipedia.org/wiki/Back_pain_(disorder)"), text(")"));
	}

	@Test
	void stopsAtAngleBracketsAndQuotes() {
		assertThat(LinkedText.of("<https://backcare.test/x><script>\"https://backcare.test/y\""))
			.containsExactly(text("<"), link("https://backcare.test/x"), text("><script>\""),
					link("https://backcare.test/y"), text("\""));
	}

	@Test
	void linksOnlyWebAddresses() {
		String text = "javascript:alert(1) data:text/html,x mailto:someone@backcare.test ftp://files.test";
		assertThat(LinkedText.of(text)).containsExactly(text(text));
	}

	@Test
	void leavesABareSchemeAsText() {
		assertThat(LinkedText.of("just https://. and http://")).containsExactly(text("just https://. and http://"));
	}

	@Test
	void givesNothingForNoText() {
		assertThat(LinkedText.of("")).isEmpty();
		assertThat(LinkedText.of(null)).isEmpty();
	}

	@Test
	void keepsEveryCharacterOfTheText() {
		String text = "Hi <b>Anna</b> & co: https://backcare.test/x?y=<z> done.";
		List<Segment> segments = LinkedText.of(text);
		assertThat(segments.stream().map(Segment::text).reduce("", String::concat)).isEqualTo(text);
	}

	@Test
	void countsTheAddressesItWouldLink() {
		assertThat(LinkedText.linksIn("see https://a.example/x, http://b.example and javascript:alert(1) or https://")).isEqualTo(2);
		assertThat(LinkedText.linksIn("no links here")).isZero();
	}

	private static Segment text(String text) {
		return new Segment(text, false);
	}

	private static Segment link(String address) {
		return new Segment(address, true);
	}
}
