package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.backcare.content.Testimonials.Published;
import org.junit.jupiter.api.Test;

class TestimonialRotationTest {

	static Published story(long id) {
		return new Published(id, "Story " + id, "Client " + id, Instant.parse("2026-11-01T00:00:00Z"));
	}

	@Test
	void eachDigestShowsTheNextStoryAndComesRoundAgain() {
		var stories = List.of(story(1), story(2), story(3));

		assertThat(IntStream.range(0, 7).mapToObj(n -> TestimonialRotation.pick(stories, n).orElseThrow().id()))
			.containsExactly(1L, 2L, 3L, 1L, 2L, 3L, 1L);
	}

	@Test
	void noStoryWhenNoneIsApproved() {
		assertThat(TestimonialRotation.pick(List.of(), 4)).isEmpty();
	}
}
