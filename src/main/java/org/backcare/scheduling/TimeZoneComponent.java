package org.backcare.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A VTIMEZONE (RFC 5545 3.6.5) written from Java's own zone rules, so an app places each event at the right
 * instant even on the days the clocks change. It covers the year before the first event to the end of the last.
 * A zone whose changes follow its current yearly rules in those years is written the way most calendar apps
 * expect, one STANDARD and one DAYLIGHT observance with a yearly RRULE; any other zone as one observance per change.
 */
final class TimeZoneComponent {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

	private static final LocalDateTime SINCE_EVER = LocalDateTime.of(1970, 1, 1, 0, 0);

	private static final String[] DAYS = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

	private TimeZoneComponent() {
	}

	static void write(ContentLines lines, ZoneId zone, int firstYear, int lastYear) {
		ZoneRules rules = zone.getRules();
		int from = firstYear - 1;
		List<ZoneOffsetTransition> changes = changes(zone, from, lastYear);
		lines.line("BEGIN:VTIMEZONE").raw("TZID", zone.getId());
		if (changes.isEmpty()) {
			Instant start = LocalDate.of(from, 1, 1).atStartOfDay(zone).toInstant();
			ZoneOffset offset = rules.getOffset(start);
			observance(lines, rules.isDaylightSavings(start) ? "DAYLIGHT" : "STANDARD", SINCE_EVER, offset, offset,
					ABBREVIATION.format(start.atZone(zone)), null);
		}
		else if (!yearly(lines, zone, from, lastYear, changes)) {
			ZoneOffsetTransition inForce = rules.previousTransition(changes.get(0).getInstant());
			if (inForce != null) {
				observance(lines, zone, inForce, null);
			}
			changes.forEach(change -> observance(lines, zone, change, null));
		}
		lines.line("END:VTIMEZONE");
	}

	/** Writes one observance per yearly rule, if the rules are what made every change in these years. */
	private static boolean yearly(ContentLines lines, ZoneId zone, int from, int lastYear,
			List<ZoneOffsetTransition> changes) {
		List<ZoneOffsetTransitionRule> ongoing = zone.getRules().getTransitionRules();
		List<ZoneOffsetTransition> byRules = new ArrayList<>();
		for (int year = from; year <= lastYear; year++) {
			for (ZoneOffsetTransitionRule rule : ongoing) {
				byRules.add(rule.createTransition(year));
			}
		}
		byRules.sort(null);
		if (ongoing.isEmpty() || !byRules.equals(changes)) {
			return false;
		}
		List<String> recurrences = new ArrayList<>();
		for (ZoneOffsetTransitionRule rule : ongoing) {
			Optional<String> recurrence = recurrence(rule, from, lastYear);
			if (recurrence.isEmpty()) {
				return false;
			}
			recurrences.add(recurrence.get());
		}
		for (int i = 0; i < ongoing.size(); i++) {
			observance(lines, zone, ongoing.get(i).createTransition(from), recurrences.get(i));
		}
		return true;
	}

	/**
	 * The RRULE for a rule such as the second Sunday in March or the last Sunday in October, when its local onset
	 * falls on that day at the same time in every year; empty when it does not or the rule has no RRULE form.
	 */
	private static Optional<String> recurrence(ZoneOffsetTransitionRule rule, int from, int lastYear) {
		int indicator = rule.getDayOfMonthIndicator();
		DayOfWeek day = rule.getDayOfWeek();
		int week;
		if (day != null && indicator > 0 && indicator <= 22 && (indicator - 1) % 7 == 0) {
			week = (indicator - 1) / 7 + 1;
		}
		else if (day != null && (indicator == -1 || rule.getMonth() != Month.FEBRUARY
				&& indicator + 6 == rule.getMonth().maxLength())) {
			// the last one in the month, which Java's rules also write as the first on or after the 25th
			week = -1;
		}
		else {
			return Optional.empty();
		}
		LocalDateTime first = rule.createTransition(from).getDateTimeBefore();
		for (int year = from; year <= lastYear; year++) {
			LocalDateTime onset = rule.createTransition(year).getDateTimeBefore();
			LocalDate date = onset.toLocalDate();
			boolean inWeek = week > 0 ? (date.getDayOfMonth() - 1) / 7 + 1 == week
					: date.getDayOfMonth() + 7 > date.lengthOfMonth();
			if (date.getMonth() != rule.getMonth() || date.getDayOfWeek() != day || !inWeek
					|| !onset.toLocalTime().equals(first.toLocalTime())) {
				return Optional.empty();
			}
		}
		return Optional.of("FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY=" + week
				+ DAYS[day.getValue() - 1]);
	}

	private static List<ZoneOffsetTransition> changes(ZoneId zone, int fromYear, int lastYear) {
		Instant from = LocalDate.of(fromYear, 1, 1).atStartOfDay(zone).toInstant();
		Instant until = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();
		List<ZoneOffsetTransition> changes = new ArrayList<>();
		for (var next = zone.getRules().nextTransition(from.minusNanos(1)); next != null
				&& next.getInstant().isBefore(until); next = zone.getRules().nextTransition(next.getInstant())) {
			changes.add(next);
		}
		return changes;
	}

	private static void observance(ContentLines lines, ZoneId zone, ZoneOffsetTransition change, String recurrence) {
		String kind = zone.getRules().isDaylightSavings(change.getInstant()) ? "DAYLIGHT" : "STANDARD";
		// DTSTART is the local time on the clock before the change, as the RFC defines an observance's onset.
		observance(lines, kind, change.getDateTimeBefore(), change.getOffsetBefore(), change.getOffsetAfter(),
				ABBREVIATION.format(change.getInstant().atZone(zone)), recurrence);
	}

	private static void observance(ContentLines lines, String kind, LocalDateTime onset, ZoneOffset from,
			ZoneOffset to, String name, String recurrence) {
		lines.line("BEGIN:" + kind).raw("DTSTART", LOCAL.format(onset));
		if (recurrence != null) {
			lines.raw("RRULE", recurrence);
		}
		lines.raw("TZOFFSETFROM", offset(from)).raw("TZOFFSETTO", offset(to)).text("TZNAME", name).line("END:" + kind);
	}

	/** RFC 5545 3.3.14: +hhmm, with seconds only when there are any (old local mean times). */
	static String offset(ZoneOffset offset) {
		int total = offset.getTotalSeconds();
		int absolute = Math.abs(total);
		String hoursAndMinutes = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", absolute / 3600,
				absolute / 60 % 60);
		return absolute % 60 == 0 ? hoursAndMinutes : hoursAndMinutes + String.format(Locale.ROOT, "%02d", absolute % 60);
	}
}
