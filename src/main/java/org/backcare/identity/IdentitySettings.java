package org.backcare.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long emailed links stay valid. */
@ConfigurationProperties("backcare.identity")
record IdentitySettings(@DefaultValue("48h") Duration confirmationValidFor,
		@DefaultValue("1h") Duration passwordResetValidFor, @DefaultValue("7d") Duration invitationValidFor) {
}
