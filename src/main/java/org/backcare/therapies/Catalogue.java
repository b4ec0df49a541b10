package org.backcare.therapies;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as other modules read it: techniques with their descriptions, and the services clients can book.
 * Admins change services through the admin pages; nothing else writes here.
 */
@Component
public class Catalogue {

	private final Techniques techniques;

	private final Services services;

	Catalogue(Techniques techniques, Services services) {
		this.techniques = techniques;
		this.services = services;
	}

	/** Every technique, in the order the catalogue shows them. */
	public List<TechniqueProfile> techniques() {
		return techniques.all();
	}

	public TechniqueProfile technique(Technique technique) {
		return techniques.withCode(technique)
			.orElseThrow(() -> new IllegalStateException("The catalogue has no entry for " + technique));
	}

	Optional<TechniqueProfile> techniqueWithSlug(String slug) {
		return techniques.withSlug(slug);
	}

	/** The services clients can book now, by technique (catalogue order), then length. */
	public List<Service> activeServices() {
		return services.active();
	}

	public List<Service> activeServices(Technique technique) {
		return services.active().stream().filter(service -> service.technique() == technique).toList();
	}

	/** A service by id, also one that is no longer offered (an old booking may refer to it). */
	public Optional<Service> service(ServiceId id) {
		return services.withId(id);
	}

	/** Every service ever offered, by id, for lists of bookings (one statement, whatever the list's length). */
	public Map<ServiceId, Service> servicesById() {
		return services.all().stream().collect(Collectors.toMap(Service::id, Function.identity()));
	}

	List<Service> allServices() {
		return services.all();
	}

	/** @throws DuplicateService when an active service already has this technique and length */
	@Transactional
	ServiceId add(ServiceDetails details) {
		try {
			return services.add(details);
		}
		catch (DuplicateKeyException taken) {
			throw new DuplicateService(details.technique(), details.minutes());
		}
	}

	/**
	 * @return whether there was such a service
	 * @throws DuplicateService when another active service already has this technique and length
	 */
	@Transactional
	boolean change(ServiceId id, ServiceDetails details) {
		try {
			return services.change(id, details);
		}
		catch (DuplicateKeyException taken) {
			throw new DuplicateService(details.technique(), details.minutes());
		}
	}
}
