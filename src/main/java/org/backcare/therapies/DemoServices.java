package org.backcare.therapies;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo practice's services. Only with the {@code demo} profile; a technique and length the practice has ever
 * offered (even one an admin has since made inactive) is left alone, so restarts change nothing.
 */
@Component
@Profile("demo")
class DemoServices {

	private static final Logger log = LoggerFactory.getLogger(DemoServices.class);

	private record Offer(Technique technique, int minutes, long cents, Skill skill, boolean consultation) {

		Offer(Technique technique, int minutes, long cents, Skill skill) {
			this(technique, minutes, cents, skill, false);
		}
	}

	private static final List<Offer> OFFERS = List.of(new Offer(Technique.SWEDISH, 60, 70_00, null, true),
			new Offer(Technique.SWEDISH, 30, 50_00, null),
			new Offer(Technique.SWEDISH, 60, 90_00, null), new Offer(Technique.SWEDISH, 90, 125_00, null),
			new Offer(Technique.DEEP_TISSUE, 60, 105_00, Skill.DEEP_TISSUE),
			new Offer(Technique.DEEP_TISSUE, 90, 145_00, Skill.DEEP_TISSUE),
			new Offer(Technique.PRENATAL, 60, 95_00, Skill.PRENATAL),
			new Offer(Technique.TRIGGER_POINT, 60, 100_00, Skill.TRIGGER_POINT),
			new Offer(Technique.MYOFASCIAL_RELEASE, 60, 100_00, null),
			new Offer(Technique.LOMILOMI, 90, 140_00, Skill.LOMILOMI),
			new Offer(Technique.ASHIATSU, 60, 110_00, Skill.ASHIATSU),
			new Offer(Technique.HIP_AND_GLUTE, 30, 55_00, null), new Offer(Technique.HIP_AND_GLUTE, 60, 95_00, null));

	private final Catalogue catalogue;

	private final JdbcClient jdbc;

	private final TherapiesSettings settings;

	DemoServices(Catalogue catalogue, JdbcClient jdbc, TherapiesSettings settings) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	@Transactional
	void createDemoServices() {
		int created = 0;
		for (Offer offer : OFFERS) {
			boolean offered = jdbc.sql("""
					select exists (select 1 from services
					               where technique = :technique and minutes = :minutes and consultation = :consultation)""")
				.param("technique", offer.technique().name())
				.param("minutes", offer.minutes())
				.param("consultation", offer.consultation())
				.query(Boolean.class)
				.single();
			if (!offered) {
				String name = offer.consultation() ? "First visit: consultation, " + offer.minutes() + " minutes"
						: catalogue.technique(offer.technique()).name() + ", " + offer.minutes() + " minutes";
				String description = offer.consultation()
						? "We go through your answers with you, check what needs checking and agree a plan. Hands-on treatment only when your screening allows it."
						: null;
				catalogue.add(new ServiceDetails(offer.technique(), offer.minutes(),
						new Price(offer.cents(), settings.currency()), offer.skill(), true, name, description, offer.consultation()));
				created++;
			}
		}
		if (created > 0) {
			log.info("Demo data: created {} services", created);
		}
	}
}
