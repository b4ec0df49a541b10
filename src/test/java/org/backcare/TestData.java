package org.backcare;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique values so tests sharing one database never see each other's data. */
public final class TestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	public static final String ADMIN_EMAIL = "admin@test.backcare.test";

	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	public static final String PASSWORD = "a-long-test-password";

	private TestData() {
	}

	public static String email(String who) {
		return who + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toHexString(System.nanoTime()) + "@example.test";
	}

	/**
	 * A made-up client IP (sent as X-Forwarded-For, which Tomcat trusts from localhost), so the per-IP sign-in
	 * limit of one test does not spill into another.
	 */
	public static String ip() {
		var random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}
}
