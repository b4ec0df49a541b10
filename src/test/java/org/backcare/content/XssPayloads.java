package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Markdown with the usual ways to smuggle script into a page; none of it may survive rendering. */
final class XssPayloads {

	static final List<String> MARKDOWN = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"[x](javascript:alert(1))", "<svg onload=alert(1)>", "<iframe src=javascript:alert(1)></iframe>",
			"<a href=\"jav&#x09;ascript:alert(1)\">tab</a>", "<style>body { display: none }</style>",
			"<details open ontoggle=alert(1)>", "<object data=\"javascript:alert(1)\"></object>",
			"![pic](javascript:alert(1) \"caption\")", "[y](JaVaScRiPt:alert(1))", "<body onload=alert(1)>",
			"<a href=\"&#106;avascript:alert(1)\">entity</a>", "<math><mtext><script>alert(1)</script></mtext></math>",
			"<form action=javascript:alert(1)><button>go</button></form>", "<input autofocus onfocus=alert(1)>");

	private XssPayloads() {
	}

	/** A whole article made of the payloads, one paragraph each, around some harmless text. */
	static String article() {
		return "## Safe heading\n\nPlain words stay.\n\n" + String.join("\n\n", MARKDOWN) + "\n\nThe end.\n";
	}

	static void assertHarmless(String html) {
		String lower = html.toLowerCase();
		assertThat(lower).doesNotContain("<script", "<iframe", "<svg", "<style", "<details", "<object", "<form",
				"<input", "<math", "<body", "javascript:", "jav&#", "&#106;");
		assertThat(lower).doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
		assertThat(lower).doesNotContainPattern("href=\"(?!https?:|mailto:|/|#)[^\"]*\"");
		assertThat(lower).doesNotContainPattern("src=\"(?!https?:|/|x\")[^\"]*\"");
	}
}
