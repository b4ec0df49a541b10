package org.backcare.content;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The comment form carries the moment it was shown, signed with a key only the server knows, so a bot cannot
 * claim it spent longer on the page than it did. The key lives in the database: made once by whichever node
 * needs it first, the same for every node, and nothing is written per form shown.
 */
@Component
class FormStamps {

	private static final String KEY_NAME = "comment-form";

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile byte[] secret;

	FormStamps(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A stamp for a form shown now. */
	String issue() {
		return issue(clock.instant());
	}

	String issue(Instant shownAt) {
		String millis = Long.toString(shownAt.toEpochMilli());
		return millis + "." + signature(millis);
	}

	/** Whether the form was sent at least {@code minimum} after it was shown; a missing or forged stamp is not. */
	boolean patientEnough(String stamp, Duration minimum) {
		return shownAt(stamp).map(shown -> !shown.plus(minimum).isAfter(clock.instant())).orElse(false);
	}

	Optional<Instant> shownAt(String stamp) {
		if (stamp == null || stamp.length() > 100 || stamp.indexOf('.') < 1) {
			return Optional.empty();
		}
		String millis = stamp.substring(0, stamp.indexOf('.'));
		byte[] given = stamp.substring(stamp.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, signature(millis).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		try {
			return Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private String signature(String millis) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(millis.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
		}
	}

	private byte[] secret() {
		if (secret == null) {
			byte[] candidate = new byte[32];
			new SecureRandom().nextBytes(candidate);
			jdbc.sql("insert into content_form_keys (name, secret) values (:name, :secret) on conflict (name) do nothing")
				.param("name", KEY_NAME)
				.param("secret", candidate)
				.update();
			secret = jdbc.sql("select secret from content_form_keys where name = :name")
				.param("name", KEY_NAME)
				.query(byte[].class)
				.single();
		}
		return secret;
	}
}
