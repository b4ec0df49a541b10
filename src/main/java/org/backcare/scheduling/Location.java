package org.backcare.scheduling;

import java.time.ZoneId;
import java.util.List;

/**
 * A place the practice works at, with its rooms.
 *
 * @param jurisdiction where its sessions are given, ISO 3166-2 (e.g. US-IL), for rule L1; null until the admin
 *        sets it, and until then nobody can be booked here
 */
record Location(long id, String name, String address, ZoneId zone, String jurisdiction, List<Room> rooms) {

	record Room(long id, String name, boolean active) {
	}
}
