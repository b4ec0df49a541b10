package org.backcare;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** A real SMTP server (GreenMail) for the whole test run, and ways to read what BackCare sent to it. */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		return server;
	}

	/** Waits (up to 20 s) until {@code count} messages have reached the address; returns them oldest first. */
	public static List<MimeMessage> awaitMessages(String to, int count) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			List<MimeMessage> received = messagesTo(to);
			if (received.size() >= count) {
				return received;
			}
			sleep();
		}
		throw new AssertionError("Expected " + count + " email(s) to " + to + " but got " + messagesTo(to).size());
	}

	/** Waits (up to 20 s) for a message to the address whose subject contains the text; fails if none comes. */
	public static List<MimeMessage> awaitWithSubject(String to, String subjectPart) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			List<MimeMessage> matching = messagesTo(to).stream().filter(m -> subject(m).contains(subjectPart)).toList();
			if (!matching.isEmpty()) {
				return matching;
			}
			sleep();
		}
		throw new AssertionError("No email to " + to + " with \"" + subjectPart + "\" in its subject");
	}

	public static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException e) {
			throw new AssertionError("Unreadable message", e);
		}
	}

	public static MimeMessage awaitLatest(String to, int count) {
		List<MimeMessage> messages = awaitMessages(to, count);
		return messages.get(messages.size() - 1);
	}

	public static List<MimeMessage> messagesTo(String to) {
		return Arrays.stream(server().getReceivedMessages()).filter(message -> isTo(message, to)).toList();
	}

	/** The first link in the plain-text part whose path starts with {@code pathPrefix}. */
	public static String link(MimeMessage message, String pathPrefix) {
		Matcher matcher = Pattern.compile("https?://[^\\s]+?" + Pattern.quote(pathPrefix) + "[^\\s]*").matcher(text(message));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + pathPrefix + " in:\n" + text(message));
		}
		return matcher.group();
	}

	public static String text(MimeMessage message) {
		return part(message, "text/plain");
	}

	public static String html(MimeMessage message) {
		return part(message, "text/html");
	}

	private static String part(MimeMessage message, String type) {
		try {
			Object content = message.getContent();
			if (content instanceof Multipart multipart) {
				String found = find(multipart, type);
				if (found != null) {
					return found;
				}
			}
			return message.isMimeType(type) ? String.valueOf(content) : "";
		}
		catch (MessagingException | IOException e) {
			throw new AssertionError("Unreadable message", e);
		}
	}

	private static String find(Multipart multipart, String type) throws MessagingException, IOException {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContent() instanceof Multipart nested) {
				String found = find(nested, type);
				if (found != null) {
					return found;
				}
			}
			else if (part.isMimeType(type)) {
				return String.valueOf(part.getContent());
			}
		}
		return null;
	}

	private static boolean isTo(MimeMessage message, String to) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().contains(to));
		}
		catch (MessagingException e) {
			return false;
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException("No free port for the test SMTP server", e);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while waiting for mail", e);
		}
	}
}
