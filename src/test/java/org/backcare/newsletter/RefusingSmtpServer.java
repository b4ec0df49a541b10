package org.backcare.newsletter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server that refuses, for good (550), every recipient whose address starts with {@code refused-}, and
 * accepts and discards the rest: GreenMail accepts every address.
 */
final class RefusingSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final Thread acceptor;

	RefusingSmtpServer() throws IOException {
		socket = new ServerSocket(0);
		acceptor = new Thread(this::serve, "refusing-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return socket.getLocalPort();
	}

	private void serve() {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Thread session = new Thread(() -> converse(client), "refusing-smtp-session");
				session.setDaemon(true);
				session.start();
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	private static void converse(Socket client) {
		try (client; var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
				var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
			reply(out, "220 refusing.test ESMTP");
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String command = line.toUpperCase(Locale.ROOT);
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 refusing.test");
				}
				else if (command.startsWith("RCPT TO:")) {
					reply(out, command.contains("<REFUSED-") ? "550 5.1.1 No such user here" : "250 OK");
				}
				else if (command.startsWith("DATA")) {
					reply(out, "354 End data with <CR><LF>.<CR><LF>");
					for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
						// discarded
					}
					reply(out, "250 OK");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 Bye");
					return;
				}
				else {
					reply(out, "250 OK"); // MAIL FROM, RSET, NOOP
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void reply(PrintWriter out, String line) {
		out.print(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
