package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CommentStatusTest {

	/** Every status and action: where it leads, or null when the action does not apply. */
	private static final Map<CommentStatus, Map<Moderation, CommentStatus>> MOVES = new EnumMap<>(Map.of(
			CommentStatus.PENDING, Map.of(Moderation.APPROVE, CommentStatus.APPROVED, Moderation.MARK_SPAM,
					CommentStatus.SPAM, Moderation.REMOVE, CommentStatus.REMOVED),
			CommentStatus.APPROVED, Map.of(Moderation.MARK_SPAM, CommentStatus.SPAM, Moderation.REMOVE,
					CommentStatus.REMOVED),
			CommentStatus.SPAM, Map.of(Moderation.REMOVE, CommentStatus.REMOVED, Moderation.RESTORE,
					CommentStatus.PENDING),
			CommentStatus.REMOVED, Map.of(Moderation.RESTORE, CommentStatus.PENDING)));

	@Test
	void allowsExactlyTheMovesOfTheModerationTableAndRefusesEveryOther() {
		for (CommentStatus from : CommentStatus.values()) {
			for (Moderation action : Moderation.values()) {
				CommentStatus expected = MOVES.get(from).get(action);
				assertThat(from.allows(action)).as(from + " by " + action).isEqualTo(expected != null);
				if (expected == null) {
					assertThatThrownBy(() -> from.after(action)).as(from + " by " + action)
						.isInstanceOf(IllegalStateException.class);
				}
				else {
					assertThat(from.after(action)).as(from + " by " + action).isEqualTo(expected);
				}
			}
			assertThat(from.actions()).as("buttons offered for " + from)
				.containsExactlyInAnyOrderElementsOf(MOVES.get(from).keySet());
		}
	}

	@Test
	void restoringAlwaysSendsACommentBackToTheQueueForAFreshLook() {
		assertThat(CommentStatus.SPAM.after(Moderation.RESTORE)).isEqualTo(CommentStatus.PENDING);
		assertThat(CommentStatus.REMOVED.after(Moderation.RESTORE)).isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void aNewCommentWaitsUnlessThePracticeWroteItOrItsAuthorWasApprovedBefore() {
		assertThat(CommentStatus.ofNew(false, false, false)).isEqualTo(CommentStatus.PENDING);
		assertThat(CommentStatus.ofNew(false, false, true)).isEqualTo(CommentStatus.APPROVED);
		assertThat(CommentStatus.ofNew(false, true, false)).isEqualTo(CommentStatus.APPROVED);
	}

	@Test
	void whatTheSpamDefencesCaughtIsKeptAsSpamEvenFromAnApprovedCommenter() {
		assertThat(CommentStatus.ofNew(true, false, false)).isEqualTo(CommentStatus.SPAM);
		assertThat(CommentStatus.ofNew(true, false, true)).isEqualTo(CommentStatus.SPAM);
	}

	@Test
	void everyActionHasItsOwnAddress() {
		for (Moderation action : Moderation.values()) {
			assertThat(Moderation.ofSlug(action.slug)).contains(action);
		}
		assertThat(Moderation.ofSlug("delete")).isEmpty();
	}
}
