package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PublicationTest {

	static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	@Test
	void theStateFollowsTheDates() {
		assertThat(new Publication(null, null).state(NOW)).isEqualTo(Publication.State.DRAFT);
		assertThat(new Publication(NOW.plusSeconds(60), null).state(NOW)).isEqualTo(Publication.State.SCHEDULED);
		assertThat(new Publication(NOW, null).state(NOW)).isEqualTo(Publication.State.PUBLISHED);
		assertThat(new Publication(NOW.minusSeconds(60), NOW).state(NOW)).isEqualTo(Publication.State.UNPUBLISHED);
	}

	@Test
	void onlyAnArticleThatWasOutLeavesARedirectBehindWhenRenamed() {
		assertThat(new Publication(null, null).hasBeenOut(NOW)).isFalse();
		assertThat(new Publication(NOW.plusSeconds(60), null).hasBeenOut(NOW)).isFalse();
		assertThat(new Publication(NOW.minusSeconds(60), null).hasBeenOut(NOW)).isTrue();
		assertThat(new Publication(NOW.minusSeconds(60), NOW).hasBeenOut(NOW)).isTrue();
	}
}
