package org.backcare.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
		log.info("Starting embedded PostgreSQL with its data in {}", directory);
		return EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "100")
			.start();
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
