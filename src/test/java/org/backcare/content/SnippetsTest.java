package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

	@Test
	void matchesBecomeMarksAndEverythingElseIsEscaped() {
		String headline = "before <script>alert('x')</script> & " + Snippets.START + "sciatica" + Snippets.STOP + " \"after\"";

		assertThat(Snippets.html(headline)).isEqualTo(
				"before &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>sciatica</mark> &#34;after&#34;");
	}

	@Test
	void aMarkTypedByAnAuthorStaysText() {
		assertThat(Snippets.html("<mark>not ours</mark>")).isEqualTo("&lt;mark&gt;not ours&lt;/mark&gt;");
	}
}
