import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server that accepts every message and throws it away, counting them: the far end of the newsletter
 * benchmark. Run with {@code java Sink.java [port]} (JDK 11+ runs a single source file).
 */
public class Sink {

	static final AtomicLong MESSAGES = new AtomicLong();

	public static void main(String[] args) throws IOException {
		int port = args.length > 0 ? Integer.parseInt(args[0]) : 2525;
		try (var server = new ServerSocket(port)) {
			System.out.println("SMTP sink on port " + port);
			while (true) {
				Socket client = server.accept();
				new Thread(() -> converse(client)).start();
			}
		}
	}

	static void converse(Socket client) {
		try (client; var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII))) {
			OutputStream out = client.getOutputStream();
			reply(out, "220 sink ESMTP");
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "DATA" -> {
						reply(out, "354 go ahead");
						for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
							// discarded
						}
						MESSAGES.incrementAndGet();
						reply(out, "250 OK");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "250 OK");
				}
			}
		}
		catch (IOException gone) {
			// the client hung up
		}
	}

	static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}
}
