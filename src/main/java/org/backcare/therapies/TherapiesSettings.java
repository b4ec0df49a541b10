package org.backcare.therapies;

import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param currency the currency of new and edited prices (ISO 4217 code); a price keeps the currency it was saved
 * with
 */
@ConfigurationProperties("backcare.therapies")
record TherapiesSettings(@DefaultValue("USD") Currency currency) {
}
