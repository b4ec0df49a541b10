package org.backcare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives the test application a fresh data directory and points its mail at {@link TestMail}'s server. */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path dataDir;
		try {
			dataDir = Files.createTempDirectory("backcare-test-");
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot create a data directory for the tests", e);
		}
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("backcare-test-environment",
					Map.of("backcare.data-dir", dataDir.toString(), "spring.mail.host", "127.0.0.1", "spring.mail.port",
							String.valueOf(TestMail.server().getSmtp().getPort()))));
	}
}
