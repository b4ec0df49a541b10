package org.backcare.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} is configured, so that one
 * command runs BackCare on a machine with only a JDK. The data lives in {@code <backcare.data-dir>/postgres} and
 * survives restarts; production points {@code spring.datasource.url} at a real server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabase.NoDatasourceUrl.class)
class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(Environment environment) throws IOException {
		Path directory = Path.of(environment.getProperty("backcare.data-dir", "data"), "postgres").toAbsolutePath();
		Files.createDirectories(directory);
		stopServerLeftBehind(directory);
		log.info("Starting embedded PostgreSQL with its data in {}", directory);
		return EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			// Spring stops it (destroyMethod) after the beans that use it; zonky's own JVM hook would race them,
			// and shutdown would wait 30 s for a database connection that never comes.
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "100")
			.start();
	}

	/**
	 * PostgreSQL runs as a child process. If the JVM was killed ({@code kill -9}, a crash), that server is still
	 * running and holds the data directory, and a new one could not start. Its clients are gone, so a smart
	 * shutdown (SIGTERM) ends it at once, with every committed row safe on disk.
	 */
	private static void stopServerLeftBehind(Path directory) throws IOException {
		Path lockFile = directory.resolve("postmaster.pid");
		if (!Files.exists(lockFile)) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(Files.readAllLines(lockFile).get(0).strip());
		}
		catch (RuntimeException unreadable) {
			return; // PostgreSQL itself deals with a stale or damaged lock file
		}
		var server = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
		if (server.isPresent()) {
			log.warn("Stopping the embedded PostgreSQL (pid {}) that a previous run left behind", pid);
			server.get().destroy();
			try {
				server.get().onExit().get(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while stopping the previous PostgreSQL", e);
			}
			catch (ExecutionException | TimeoutException e) {
				throw new IOException("The PostgreSQL left behind by a previous run (pid " + pid
						+ ") did not stop; stop it and start BackCare again", e);
			}
		}
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.build();
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
