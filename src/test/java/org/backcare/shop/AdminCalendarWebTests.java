package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.backcare.shop.Fulfilment.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The holidays calendar and the shipping destinations. */
@BackCareTest
class AdminCalendarWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dispatch dispatch;

	WebSession admin;

	LocalDate today;

	@BeforeEach
	void setUp() {
		admin = WebSession.signedInAdmin(port);
		today = LocalDate.now(ZoneId.of("America/Chicago"));
	}

	@Test
	void addsAHolidayTheCalendarThenSkipsAndRemovesIt() {
		LocalDate day = today.plusYears(1).withDayOfYear(100);
		while (!dispatch.calendar().isBusinessDay(day)) {
			day = day.plusDays(1);
		}

		var added = admin.submit("/admin/shop/holidays", "/admin/shop/holidays", Map.of("day", day.toString(), "name", "Founders Day"));

		assertThat(added.location()).isEqualTo("/admin/shop/holidays?year=" + day.getYear());
		var year = admin.follow(added);
		assertThat(year.text()).contains("Shop holidays " + day.getYear()).contains("Added Founders Day.");
		assertThat(year.rowWith("Founders Day")).contains(day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
		assertThat(dispatch.calendar().isBusinessDay(day)).isFalse();

		var removed = admin.post("/admin/shop/holidays/" + day + "/remove", Map.of());
		var after = admin.follow(removed);
		assertThat(after.text()).contains("Removed the holiday on " + day);
		assertThat(after.rowWith("Founders Day")).isNull();
		assertThat(dispatch.calendar().isBusinessDay(day)).isTrue();
	}

	@Test
	void refusesAHolidayWithoutANameOnAPastDayOrTwiceOnOneDay() {
		LocalDate day = today.plusYears(4).withDayOfYear(200);
		var past = admin.submit("/admin/shop/holidays", "/admin/shop/holidays", Map.of("day", today.minusDays(1).toString(), "name", "Gone"));
		var nameless = admin.submit("/admin/shop/holidays", "/admin/shop/holidays", Map.of("day", day.toString(), "name", ""));
		var garbled = admin.submit("/admin/shop/holidays", "/admin/shop/holidays", Map.of("day", "next friday", "name", "Party"));
		admin.submit("/admin/shop/holidays", "/admin/shop/holidays", Map.of("day", day.toString(), "name", "Summer day"));
		var twice = admin.submit("/admin/shop/holidays", "/admin/shop/holidays", Map.of("day", day.toString(), "name", "Again"));

		assertThat(past.status()).isEqualTo(422);
		assertThat(past.text()).contains("Choose today or a later day");
		assertThat(nameless.text()).contains("Name the holiday");
		assertThat(nameless.inputValue("day")).isEqualTo(day.toString());
		assertThat(garbled.text()).contains("Enter the date as year-month-day");
		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.text()).contains("That day is a holiday already.");
	}

	@Test
	void addsADestinationChangesItsRuleAndRefusesABadCode() {
		var added = admin.submit("/admin/shop/destinations", "/admin/shop/destinations",
				Map.of("country", "ca", "name", "Canada", "allowsRestricted", "true"));
		assertThat(admin.follow(added).rowWith("Canada")).contains("CA").contains("Allowed");

		admin.submit("/admin/shop/destinations", "/admin/shop/destinations", Map.of("country", "CA", "name", "Canada"));
		assertThat(admin.get("/admin/shop/destinations").rowWith("Canada")).contains("Not allowed");

		var bad = admin.submit("/admin/shop/destinations", "/admin/shop/destinations", Map.of("country", "XX", "name", " "));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.text()).contains("two-letter ISO code").contains("Enter the country's name");
	}

	@Test
	void keepsADestinationOrdersWentToAndRemovesOneWithout() {
		var shop = new ShopFloor(jdbc);
		shop.order(TestData.email("destination"), State.PLACED, today.plusDays(2), Map.of(shop.variant("Sent", 3, 1), 1));
		admin.follow(admin.submit("/admin/shop/destinations", "/admin/shop/destinations", Map.of("country", "NZ", "name", "New Zealand")));

		var keep = admin.follow(admin.post("/admin/shop/destinations/US/remove", Map.of()));
		var remove = admin.follow(admin.post("/admin/shop/destinations/NZ/remove", Map.of()));

		assertThat(keep.text()).contains("US has orders, so it stays in the list");
		assertThat(keep.rowWith("United States")).isNotNull();
		assertThat(remove.text()).contains("The shop no longer ships to NZ.");
		assertThat(remove.rowWith("New Zealand")).isNull();
	}
}
