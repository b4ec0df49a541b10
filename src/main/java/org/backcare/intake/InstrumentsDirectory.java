package org.backcare.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads every {@code *.json} definition in {@code backcare.intake.instruments-dir} at start-up whose code and version
 * is not loaded yet. A file that is refused is logged with its problems; it does not stop BackCare from starting.
 */
@Component
class InstrumentsDirectory implements ApplicationRunner {

	static final String LOADED_BY = "instruments-dir";

	private static final Logger log = LoggerFactory.getLogger(InstrumentsDirectory.class);

	private final Instruments instruments;

	private final IntakeSettings settings;

	InstrumentsDirectory(Instruments instruments, IntakeSettings settings) {
		this.instruments = instruments;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments arguments) throws IOException {
		if (settings.instrumentsDir() != null) {
			loadFrom(settings.instrumentsDir());
		}
	}

	/** Loads what is new in the directory and answers how many definitions it loaded. */
	int loadFrom(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			log.warn("backcare.intake.instruments-dir {} is not a directory; no instruments loaded from it", directory);
			return 0;
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(directory)) {
			files = listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
		}
		int loaded = 0;
		for (Path file : files) {
			String json = Files.readString(file, StandardCharsets.UTF_8);
			try {
				Instrument instrument = InstrumentFormat.read(json);
				if (!instruments.has(instrument.code(), instrument.version())) {
					instruments.load(json, LOADED_BY);
					log.info("Loaded instrument {} version {} from {}", instrument.code(), instrument.version(), file);
					loaded++;
				}
			}
			catch (InstrumentRejected rejected) {
				log.error("Instrument definition {} was not loaded:\n  {}", file, String.join("\n  ", rejected.problems()));
			}
		}
		return loaded;
	}
}
