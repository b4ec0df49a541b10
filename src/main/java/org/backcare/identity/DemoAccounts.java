package org.backcare.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo practice's people, all with the password {@value #PASSWORD}. Only with the {@code demo} profile. */
@Component
@Profile("demo")
class DemoAccounts {

	static final String PASSWORD = "backcare-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private record Person(String email, String name, Role role, String bio) {

		Person(String email, String name, Role role) {
			this(email, name, role, null);
		}
	}

	private static final List<Person> PEOPLE = List.of(
			new Person("admin@demo.backcare.test", "Dana Whitfield (front desk)", Role.ADMIN),
			new Person("therapist1@demo.backcare.test", "Maya Okafor", Role.THERAPIST,
					"Licensed massage therapist for twelve years. Works mostly with desk workers and long-term lower back pain; calm, slow deep-tissue and myofascial work."),
			new Person("therapist2@demo.backcare.test", "Tomás Herrera", Role.THERAPIST,
					"Trained in prenatal and postpartum massage. Helps clients through pregnancy-related back and pelvic pain, always side-lying and gentle."),
			new Person("therapist3@demo.backcare.test", "Leilani Kahale", Role.THERAPIST,
					"Grew up with Lomilomi in Hawaiʻi and also practises ashiatsu. Likes hip and gluteal work for clients whose back pain starts lower down."),
			new Person("client1@demo.backcare.test", "Sam Carter", Role.CLIENT),
			new Person("client2@demo.backcare.test", "Priya Nair", Role.CLIENT),
			new Person("client3@demo.backcare.test", "Jonas Berg", Role.CLIENT),
			new Person("client4@demo.backcare.test", "Amara Mensah", Role.CLIENT),
			new Person("client5@demo.backcare.test", "Lucy Fontaine", Role.CLIENT),
			// clients whose course ended months ago, so the practice outcome report has more than a handful to count
			new Person("past1@demo.backcare.test", "Noah Lindqvist", Role.CLIENT),
			new Person("past2@demo.backcare.test", "Grace Okoro", Role.CLIENT),
			new Person("past3@demo.backcare.test", "Mateo Rossi", Role.CLIENT),
			new Person("past4@demo.backcare.test", "Hana Sato", Role.CLIENT),
			new Person("past5@demo.backcare.test", "Olivia Brennan", Role.CLIENT),
			new Person("past6@demo.backcare.test", "Kwame Asante", Role.CLIENT));

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	DemoAccounts(Accounts accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	@Transactional
	void createDemoAccounts() {
		String hash = passwords.encode(PASSWORD);
		int created = 0;
		for (Person person : PEOPLE) {
			if (accounts.withEmail(person.email()).isEmpty()) {
				AccountId id = accounts.add(person.email(), person.name(), hash, Set.of(person.role()), clock.instant(),
						true);
				if (person.bio() != null) {
					accounts.describe(id, person.bio());
				}
				created++;
			}
		}
		if (created > 0) {
			log.info("Demo data: created {} demo accounts (password '{}')", created, PASSWORD);
		}
	}
}
