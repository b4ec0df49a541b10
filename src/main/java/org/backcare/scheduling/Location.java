package org.backcare.scheduling;

import java.time.ZoneId;
import java.util.List;

/** A place the practice works at, with its rooms. */
record Location(long id, String name, String address, ZoneId zone, List<Room> rooms) {

	record Room(long id, String name, boolean active) {
	}
}
