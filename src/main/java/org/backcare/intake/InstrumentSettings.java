package org.backcare.intake;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of outcome instruments ({@code backcare.intake.*}).
 *
 * @param instrumentsDir a directory whose {@code *.json} instrument definitions are loaded at start-up when their
 * code and version are not loaded yet; unset (the default): none
 */
@ConfigurationProperties("backcare.intake")
record InstrumentSettings(Path instrumentsDir) {
}
