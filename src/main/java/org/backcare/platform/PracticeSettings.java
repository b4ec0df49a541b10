package org.backcare.platform;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeZone the practice's time zone, for times that belong to no location (account pages, the mailbox);
 * times of sessions are shown in their location's zone
 * @param postalAddress where the practice can be written to, on one line; newsletters carry it (US law asks
 * commercial email for a valid postal address), blank until set
 */
@ConfigurationProperties("backcare.practice")
public record PracticeSettings(@DefaultValue("UTC") ZoneId timeZone, @DefaultValue("") String postalAddress) {
}
