package org.backcare.content;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pageSize articles per page on the list and in the API
 * @param commentMaxLength the longest comment accepted, in characters
 * @param commentMaxLinks a comment with more links than this is refused
 * @param commentMinTimeOnPage a comment sent sooner than this after the page was shown is treated as a bot's
 * @param commentsPerIpPerHour comments one IP address may send in an hour
 * @param commentsPerEmailPerHour comments one email address may send in an hour
 */
@ConfigurationProperties("backcare.content")
record ContentSettings(@DefaultValue("10") int pageSize, @DefaultValue("3000") int commentMaxLength,
		@DefaultValue("2") int commentMaxLinks, @DefaultValue("3s") Duration commentMinTimeOnPage,
		@DefaultValue("10") int commentsPerIpPerHour, @DefaultValue("5") int commentsPerEmailPerHour) {
}
