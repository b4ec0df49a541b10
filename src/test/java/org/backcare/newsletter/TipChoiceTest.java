package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TipChoiceTest {

	static Tip tip(long id, Interest audience) {
		return new Tip(id, "tip-" + id, "Tip " + id, "Body " + id, audience, "A1", (int) id, null);
	}

	static Tip retired(long id) {
		return new Tip(id, "tip-" + id, "Tip " + id, "Body " + id, null, "A1", (int) id, Instant.parse("2026-11-01T00:00:00Z"));
	}

	/** What a subscriber gets over this many digests, remembering as compose does. */
	static List<Long> digests(List<Tip> cycle, Set<Interest> interests, int count) {
		Set<Long> had = new HashSet<>();
		List<Long> got = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			TipChoice choice = TipChoice.next(cycle, interests, had).orElseThrow();
			if (choice.startsNewCycle()) {
				had.clear();
			}
			had.add(choice.tip().id());
			got.add(choice.tip().id());
		}
		return got;
	}

	@Test
	void aNewSubscriberGetsTheFirstTipInOrder() {
		var choice = TipChoice.next(List.of(tip(1, null), tip(2, null)), Set.of(), Set.of()).orElseThrow();

		assertThat(choice.tip().id()).isEqualTo(1);
		assertThat(choice.startsNewCycle()).isFalse();
	}

	@Test
	void neverRepeatsATipWithinACycle() {
		var cycle = List.of(tip(1, null), tip(2, Interest.SELF_CARE), tip(3, null), tip(4, Interest.DESK_WORK),
				tip(5, null));

		List<Long> got = digests(cycle, Set.of(Interest.SELF_CARE), 4);

		assertThat(got).containsExactly(1L, 2L, 3L, 5L).doesNotHaveDuplicates();
	}

	@Test
	void startsTheCycleAgainFromTheFirstTipOnceEveryTipWasHad() {
		var cycle = List.of(tip(1, null), tip(2, null), tip(3, null));

		assertThat(digests(cycle, Set.of(), 7)).containsExactly(1L, 2L, 3L, 1L, 2L, 3L, 1L);
		var restart = TipChoice.next(cycle, Set.of(), Set.of(1L, 2L, 3L)).orElseThrow();
		assertThat(restart.tip().id()).isEqualTo(1);
		assertThat(restart.startsNewCycle()).isTrue();
	}

	@Test
	void tipsForATopicGoOnlyToSubscribersWhoChoseIt() {
		var cycle = List.of(tip(1, Interest.PREGNANCY), tip(2, Interest.DESK_WORK), tip(3, null));

		assertThat(digests(cycle, Set.of(Interest.DESK_WORK), 4)).containsExactly(2L, 3L, 2L, 3L);
		assertThat(digests(cycle, Set.of(Interest.PREGNANCY, Interest.NEW_ARTICLES), 2)).containsExactly(1L, 3L);
		assertThat(digests(cycle, Set.of(), 2)).containsExactly(3L, 3L);
	}

	@Test
	void skipsRetiredTips() {
		var cycle = List.of(retired(1), tip(2, null), retired(3), tip(4, null));

		assertThat(digests(cycle, Set.of(), 3)).containsExactly(2L, 4L, 2L);
	}

	@Test
	void tipsHadThatLeftTheCycleDoNotHoldItBack() {
		// 9 was had, then retired (it is no longer in the list): the cycle still ends after 1 and 2.
		var choice = TipChoice.next(List.of(tip(1, null), tip(2, null)), Set.of(), Set.of(1L, 2L, 9L)).orElseThrow();

		assertThat(choice.startsNewCycle()).isTrue();
		assertThat(choice.tip().id()).isEqualTo(1);
	}

	@Test
	void noTipWhenNoneSuitsTheSubscriber() {
		assertThat(TipChoice.next(List.of(tip(1, Interest.PREGNANCY), retired(2)), Set.of(Interest.SELF_CARE), Set.of()))
			.isEmpty();
		assertThat(TipChoice.next(List.of(), Set.of(), Set.of())).isEmpty();
	}
}
