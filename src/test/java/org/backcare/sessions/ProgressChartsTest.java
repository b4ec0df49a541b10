package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.sessions.Series.aSeries;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The band on the charts is the responder line of O3 and 11.1: whichever of 2 points or 30 % is reached first. */
class ProgressChartsTest {

	@Test
	void fromAStartOfSixThirtyPercentIsReachedBeforeTwoPoints() {
		String svg = ProgressCharts.pain(progress(aSeries().session(0, 6).session(168, 5)));
		assertThat(svg).contains(">Less than a meaningful change from the start (4.2 to 6)<", "<title id=\"pain-chart-title\">");
	}

	@Test
	void fromAStartOfEightTwoPointsAreReachedBeforeThirtyPercent() {
		assertThat(ProgressCharts.pain(progress(aSeries().session(0, 8)))).contains("(6.0 to 8)");
	}

	@Test
	void theActivitiesBandRisesTwoFromTheFirstScore() {
		String svg = ProgressCharts.activities(progress(aSeries().psfs(0, 3, 4).psfs(500, 5, 6)));
		assertThat(svg).contains("(3.5 to 5.5)", "from 3.5 at the start to 5.5 now");
	}

	@Test
	void withoutScoresTheChartsSaySo() {
		var nothing = progress(aSeries());
		assertThat(ProgressCharts.pain(nothing)).contains("No pain scores recorded yet.").doesNotContain("meaningful change from");
		assertThat(ProgressCharts.activities(nothing)).contains("No activity scores recorded yet.");
	}

	private static ClientProgress progress(Series series) {
		var built = series.build();
		return new ClientProgress(1, "Client", ZoneId.of("America/Chicago"), built, List.of(),
				OutcomeRules.responder(built, Rules.FACTS), Rules.FACTS, null, null, null);
	}
}
