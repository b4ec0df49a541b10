package org.backcare.newsletter;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.backcare.BackCare;
import org.backcare.TestMail;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A second BackCare node in the same JVM: its own web server, on the test database and the test SMTP server. */
final class SecondNode {

	private SecondNode() {
	}

	static ConfigurableApplicationContext start(DataSource database) throws IOException {
		String url = ((HikariDataSource) database).getJdbcUrl();
		return new SpringApplicationBuilder(BackCare.class).profiles("test")
			.properties("spring.datasource.url=" + url, "spring.datasource.username=postgres", "server.port=0",
					"spring.mail.host=127.0.0.1", "spring.mail.port=" + TestMail.server().getSmtp().getPort(),
					"backcare.data-dir=" + Files.createTempDirectory("backcare-second-node-"),
					"spring.main.banner-mode=off")
			.run();
	}
}
