package org.backcare.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The unsubscribe and preferences links in every digest. A digest is written for 100,000 people at a time, so
 * these links are not stored: each is the subscriber's public id signed with HMAC-SHA256 under the install's
 * secret key, over the purpose and the subscriber's link version. So a link is unguessable, works for one purpose
 * and one address only, and raising the link version voids every link sent before. Confirmation links are
 * different: single-use random tokens whose hash is stored (see the sign-up).
 */
@Component
class NewsletterLinks {

	enum Purpose {
		UNSUBSCRIBE("/newsletter/unsubscribe/"), PREFERENCES("/newsletter/preferences/");

		final String path;

		Purpose(String path) {
			this.path = path;
		}
	}

	private final JdbcClient jdbc;

	private final Subscribers subscribers;

	private volatile byte[] key;

	NewsletterLinks(JdbcClient jdbc, Subscribers subscribers) {
		this.jdbc = jdbc;
		this.subscribers = subscribers;
	}

	/** The site path of this subscriber's link, e.g. {@code /newsletter/unsubscribe/<token>}. */
	String path(Purpose purpose, Subscriber subscriber) {
		return purpose.path + token(purpose, subscriber.publicId(), subscriber.linkVersion());
	}

	/** The subscriber this token was signed for, for this purpose, while their link version is unchanged. */
	Optional<Subscriber> subscriberFor(Purpose purpose, String token) {
		int dot = token == null ? -1 : token.indexOf('.');
		if (dot != 36 || token.length() > 100) {
			return Optional.empty();
		}
		UUID publicId;
		try {
			publicId = UUID.fromString(token.substring(0, dot));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
		return subscribers.withPublicId(publicId)
			.filter(subscriber -> MessageDigest.isEqual(
					token(purpose, publicId, subscriber.linkVersion()).getBytes(StandardCharsets.US_ASCII),
					token.getBytes(StandardCharsets.US_ASCII)));
	}

	private String token(Purpose purpose, UUID publicId, int linkVersion) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] signature = mac.doFinal((purpose.name() + ":" + publicId + ":" + linkVersion)
				.getBytes(StandardCharsets.UTF_8));
			return publicId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
		}
	}

	private byte[] key() {
		// Read once: the key never changes while the app runs.
		byte[] known = key;
		if (known == null) {
			known = jdbc.sql("select secret from newsletter_link_key").query(byte[].class).single();
			key = known;
		}
		return known;
	}
}
