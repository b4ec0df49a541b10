import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A local SMTP sink for the digest benchmark: GreenMail on loopback that accepts every message and throws it away
 * once a second, so 100,000 digests do not pile up in its memory. Prints what it received per second.
 * Run: java -cp "$(cat /tmp/bench-cp.txt)" bench/newsletter/SmtpSink.java 3025
 */
public class SmtpSink {

	public static void main(String[] args) throws Exception {
		int port = args.length > 0 ? Integer.parseInt(args[0]) : 3025;
		var smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		System.out.println("SMTP sink on 127.0.0.1:" + port);
		long total = 0;
		while (true) {
			Thread.sleep(1000);
			int received = smtp.getReceivedMessages().length;
			smtp.purgeEmailFromAllMailboxes();
			total += received;
			if (received > 0) {
				System.out.printf("%tT received %d/s, total %d%n", System.currentTimeMillis(), received, total);
			}
		}
	}
}
