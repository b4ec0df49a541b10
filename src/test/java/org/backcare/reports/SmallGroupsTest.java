package org.backcare.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SmallGroupsTest {

	@Test
	void hidesNothingWhenEveryGroupHasAtLeastFiveClients() {
		assertThat(SmallGroups.hide(List.of(5, 12, 40), Set.of(), 5)).isEmpty();
	}

	@Test
	void aSmallGroupAloneIsHiddenWithTheNextSmallestSoTheTotalCannotGiveItAway() {
		assertThat(SmallGroups.hide(List.of(30, 4, 9, 7), Set.of(), 5)).containsExactlyInAnyOrder(1, 3);
	}

	@Test
	void smallGroupsThatTogetherHoldFiveClientsNeedNoCompanion() {
		assertThat(SmallGroups.hide(List.of(3, 20, 2), Set.of(), 5)).containsExactlyInAnyOrder(0, 2);
	}

	@Test
	void smallGroupsHoldingFewerThanFiveTogetherTakeTheSmallestVisibleGroup() {
		assertThat(SmallGroups.hide(List.of(1, 20, 2, 8), Set.of(), 5)).containsExactlyInAnyOrder(0, 2, 3);
	}

	@Test
	void groupsAlreadyHiddenCountTowardsTheHiddenTotal() {
		assertThat(SmallGroups.hide(List.of(3, 6, 10), Set.of(1), 5)).containsExactlyInAnyOrder(0, 1);
	}

	@Test
	void emptyGroupsAreNeitherHiddenNorUsedToCoverOthers() {
		assertThat(SmallGroups.hide(List.of(0, 3, 0, 9), Set.of(), 5)).containsExactlyInAnyOrder(1, 3);
	}

	@Test
	void whenEveryGroupIsSmallAllAreHidden() {
		assertThat(SmallGroups.hide(List.of(1, 2), Set.of(), 5)).containsExactlyInAnyOrder(0, 1);
	}
}
