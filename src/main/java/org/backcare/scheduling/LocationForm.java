package org.backcare.scheduling;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.backcare.platform.FormErrors;

/**
 * A location as the admin types it. The time zone must be a region id such as America/Chicago: a fixed offset
 * would be wrong for half the year wherever clocks change. The jurisdiction decides whose licences count here (L1).
 */
record LocationForm(String name, String address, String timeZone, String jurisdiction) {

	static final LocationForm BLANK = new LocationForm("", "", "", "");

	/** The region time zones people pick from, sorted (no fixed offsets, no legacy aliases such as EST). */
	static final List<String> ZONES = regions();

	static LocationForm of(Location location) {
		return new LocationForm(location.name(), location.address(), location.zone().getId(),
				location.jurisdiction() == null ? "" : location.jurisdiction());
	}

	FormErrors check() {
		var errors = FormErrors.none();
		if (name == null || name.strip().length() < 2 || name.strip().length() > 100) {
			errors.field("name", "Enter the location's name (2 to 100 characters).");
		}
		if (address == null || address.strip().length() < 5 || address.strip().length() > 300) {
			errors.field("address", "Enter the street address clients come to (5 to 300 characters).");
		}
		if (timeZone == null || !ZONES.contains(timeZone.strip())) {
			errors.field("timeZone", "Choose the location's time zone from the list, e.g. America/Chicago.");
		}
		if (code() == null) {
			errors.field("jurisdiction", "Enter the state or province as an ISO 3166-2 code, e.g. US-IL or CA-ON.");
		}
		return errors;
	}

	ZoneId zone() {
		return ZoneId.of(timeZone.strip());
	}

	/** The jurisdiction as stored, e.g. US-IL for us-il. */
	String code() {
		return Jurisdiction.parse(jurisdiction);
	}

	private static List<String> regions() {
		Set<String> regions = new TreeSet<>();
		for (String id : ZoneId.getAvailableZoneIds()) {
			if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/") && Character.isUpperCase(id.charAt(0))) {
				regions.add(id);
			}
		}
		return List.copyOf(regions);
	}
}
