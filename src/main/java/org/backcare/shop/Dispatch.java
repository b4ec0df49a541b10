package org.backcare.shop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The shop's business-day calendar as configured now: its zone, cut-off and dispatch days, and the holidays. */
@Component
class Dispatch {

	private final JdbcClient jdbc;

	private final ShopSettings settings;

	private final Clock clock;

	Dispatch(JdbcClient jdbc, ShopSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	BusinessCalendar calendar() {
		// A year back and two ahead is all a promise can reach, and keeps the set small.
		LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
		var holidays = new HashSet<>(jdbc.sql("select day from shop_holidays where day between :from and :to")
			.param("from", today.minusYears(1))
			.param("to", today.plusYears(2))
			.query(LocalDate.class)
			.list());
		return new BusinessCalendar(settings.timeZone(), settings.cutOff(), settings.dispatchDays(), holidays);
	}

	BusinessCalendar.Promise promiseNow() {
		return calendar().promise(clock.instant());
	}
}
