package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class DispatchNoticeTest {

	private static DispatchNotice notice(Duration left) {
		return new DispatchNotice(new BusinessCalendar.Promise(LocalDate.of(2026, 11, 24), left),
				ZoneId.of("America/Chicago"), LocalTime.of(14, 0), 2, true, null);
	}

	@Test
	void saysTheTimeLeftInWordsAndTheShipByDayWithItsWeekday() {
		var notice = notice(Duration.ofHours(3).plusMinutes(12).plusSeconds(40));

		assertThat(notice.beforeCutOff()).isTrue();
		assertThat(notice.orderWithin()).isEqualTo("3 hours and 12 minutes");
		assertThat(notice.shipBy()).isEqualTo("Tuesday 24 November");
	}

	@Test
	void afterTheCutOffHasNoTimeLeft() {
		assertThat(notice(Duration.ZERO).beforeCutOff()).isFalse();
	}

	@Test
	void namesTheCutOffAndTheZone() {
		var notice = notice(Duration.ofMinutes(5));

		assertThat(notice.cutOffTime()).isEqualTo("14:00");
		assertThat(notice.zoneName()).isEqualTo("Central Time (America/Chicago)");
	}

	@Test
	void shippingIsFreeWhenEitherTheStandardPriceOrTheThresholdIsZero() {
		var promise = new BusinessCalendar.Promise(LocalDate.of(2026, 11, 24), Duration.ZERO);

		assertThat(DispatchNotice.of(promise, settings(0, 50_00)).freeShipping()).isTrue();
		assertThat(DispatchNotice.of(promise, settings(5_95, 0)).freeShipping()).isTrue();
		var paid = DispatchNotice.of(promise, settings(5_95, 50_00));
		assertThat(paid.freeShipping()).isFalse();
		assertThat(paid.freeFrom().formatted()).isEqualTo("$50.00");
	}

	private static ShopSettings settings(long standardMinor, long freeFromMinor) {
		return new ShopSettings(ZoneId.of("America/Chicago"), LocalTime.of(14, 0), 2, Currency.getInstance("USD"),
				standardMinor, freeFromMinor, 0, 3);
	}
}
