package org.backcare.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/** The first admin ({@code BACKCARE_ADMIN_EMAIL} / {@code BACKCARE_ADMIN_PASSWORD}), used only on an empty database. */
@ConfigurationProperties("backcare.admin")
record AdminSettings(String email, String password) {

	boolean given() {
		return StringUtils.hasText(email) && StringUtils.hasText(password);
	}
}
