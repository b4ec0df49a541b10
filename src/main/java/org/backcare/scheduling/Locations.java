package org.backcare.scheduling;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The locations and rooms tables. Unique names are unique indexes: a duplicate is a DuplicateKeyException. */
@Repository
class Locations {

	private final JdbcClient jdbc;

	Locations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A location without a jurisdiction yet: nobody can be booked there until it has one (L1). */
	long add(String name, String address, ZoneId zone) {
		return add(name, address, zone, null);
	}

	/** @param jurisdiction ISO 3166-2, e.g. US-IL */
	long add(String name, String address, ZoneId zone, String jurisdiction) {
		return jdbc.sql("""
				insert into locations (name, address, time_zone, jurisdiction) values (:name, :address, :zone, :jurisdiction)
				returning id""")
			.param("name", name)
			.param("address", address)
			.param("zone", zone.getId())
			.param("jurisdiction", jurisdiction)
			.query(Long.class)
			.single();
	}

	void change(long id, String name, String address, ZoneId zone, String jurisdiction) {
		jdbc.sql("update locations set name = :name, address = :address, time_zone = :zone, jurisdiction = :jurisdiction where id = :id")
			.param("id", id)
			.param("name", name)
			.param("address", address)
			.param("zone", zone.getId())
			.param("jurisdiction", jurisdiction)
			.update();
	}

	void addRoom(long locationId, String name) {
		jdbc.sql("insert into rooms (location_id, name) values (:location, :name)")
			.param("location", locationId)
			.param("name", name)
			.update();
	}

	Optional<Location> find(long id) {
		return all("where l.id = :id", id).stream().findFirst();
	}

	List<Location> all() {
		return all("", null);
	}

	/** Every location with its rooms in one statement (no query per location). */
	private List<Location> all(String where, Long id) {
		Map<Long, Location> locations = new LinkedHashMap<>();
		Map<Long, List<Location.Room>> rooms = new LinkedHashMap<>();
		var spec = jdbc.sql("""
				select l.id, l.name, l.address, l.time_zone, l.jurisdiction, r.id as room_id, r.name as room_name, r.active
				from locations l left join rooms r on r.location_id = l.id
				""" + where + " order by lower(l.name), l.id, lower(r.name)");
		if (id != null) {
			spec = spec.param("id", id);
		}
		spec.query(rs -> {
			long locationId = rs.getLong("id");
			if (!locations.containsKey(locationId)) {
				locations.put(locationId, new Location(locationId, rs.getString("name"), rs.getString("address"),
						ZoneId.of(rs.getString("time_zone")), rs.getString("jurisdiction"), List.of()));
				rooms.put(locationId, new ArrayList<>());
			}
			if (rs.getObject("room_id") != null) {
				rooms.get(locationId).add(new Location.Room(rs.getLong("room_id"), rs.getString("room_name"), rs.getBoolean("active")));
			}
		});
		return locations.values()
			.stream()
			.map(location -> new Location(location.id(), location.name(), location.address(), location.zone(),
					location.jurisdiction(), List.copyOf(rooms.get(location.id()))))
			.toList();
	}
}
